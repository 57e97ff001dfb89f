import type { AreaCatalogue } from '../area';
import type { presentationFile as english } from '../en/presentation-file';

export const presentationFile: AreaCatalogue<typeof english> = {
  'presentationFile.alreadyFile': 'Ovo je već spremljena datoteka prezentacije: za novu otvorite aplikaciju.',
  'presentationFile.failed': 'Datoteku prezentacije nije bilo moguće izraditi: {reason}',
  'presentationFile.pageMissing':
    'Datoteku prezentacije nije bilo moguće izraditi: stranicu {page} nije bilo moguće pročitati iz ove aplikacije ({reason}). Postoji samo u izgrađenoj aplikaciji (npm run build).',
  'presentationFile.saved':
    'Spremljeno: {fileName} ({size}, {views, plural, one {# prikaz} few {# prikaza} other {# prikaza}}): otvara se u bilo kojem pregledniku, bez mreže, izravno u načinu prezentacije.',
  'presentationFile.savedEmpty':
    'Spremljeno: {fileName} ({size}) bez prikaza slijeda: karta se prikazuje samo za čitanje. Za prezentaciju najprije snimite prikaze.',
  'presentationFile.defaultTitle': 'Prezentacija RouteShift',
  'presentationFile.pageTitle': '{title} — RouteShift',
  'presentationFile.label': 'Datoteka prezentacije',
  'presentationFile.readOnly': 'Spremljena datoteka prezentacije: samo za čitanje, ništa se ne sprema u ovom pregledniku.',
  'presentationFile.present': 'Prezentiraj {views, plural, one {# prikaz} few {# prikaza} other {# prikaza}}',
  'presentationFile.noViews':
    'Ova datoteka prezentacije nema prikaza slijeda pa se karta prikazuje samo za čitanje. Za prezentaciju snimite prikaze u aplikaciji RouteShift i ponovno spremite datoteku prezentacije.',
  'presentationFile.notJson': 'Podaci prezentacije u ovoj datoteci nisu valjan JSON ({reason}).',
  'presentationFile.notReadable': 'Podatke prezentacije u ovoj datoteci nije moguće pročitati: {problems}.',
};
