import type { AreaCatalogue } from '../area';
import type { presentationFile as english } from '../en/presentation-file';

export const presentationFile: AreaCatalogue<typeof english> = {
  'presentationFile.alreadyFile': 'To je že shranjena datoteka predstavitve: za novo odprite aplikacijo.',
  'presentationFile.failed': 'Datoteke predstavitve ni bilo mogoče izdelati: {reason}',
  'presentationFile.pageMissing':
    'Datoteke predstavitve ni bilo mogoče izdelati: strani {page} ni bilo mogoče prebrati iz te aplikacije ({reason}). Obstaja le v zgrajeni aplikaciji (npm run build).',
  'presentationFile.saved':
    'Shranjeno: {fileName} ({size}, {views, plural, one {# prizor} two {# prizora} few {# prizori} other {# prizorov}}): odpre se v katerem koli brskalniku, brez omrežja, neposredno v načinu predstavitve.',
  'presentationFile.savedEmpty':
    'Shranjeno: {fileName} ({size}) brez prizorov zaporedja: karta je prikazana samo za branje. Za predstavitev najprej zajemite prizore.',
  'presentationFile.defaultTitle': 'Predstavitev RouteShift',
  'presentationFile.pageTitle': '{title} — RouteShift',
  'presentationFile.label': 'Datoteka predstavitve',
  'presentationFile.readOnly': 'Shranjena datoteka predstavitve: samo za branje, v tem brskalniku se nič ne shrani.',
  'presentationFile.present':
    'Predstavi {views, plural, one {# prizor} two {# prizora} few {# prizore} other {# prizorov}}',
  'presentationFile.noViews':
    'Ta datoteka predstavitve nima prizorov zaporedja, zato je karta prikazana samo za branje. Za predstavitev zajemite prizore v aplikaciji RouteShift in znova shranite datoteko predstavitve.',
  'presentationFile.notJson': 'Podatki predstavitve v tej datoteki niso veljaven JSON ({reason}).',
  'presentationFile.notReadable': 'Podatkov predstavitve v tej datoteki ni mogoče prebrati: {problems}.',
};
