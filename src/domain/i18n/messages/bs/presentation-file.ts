import type { AreaCatalogue } from '../area';
import type { presentationFile as english } from '../en/presentation-file';

export const presentationFile: AreaCatalogue<typeof english> = {
  'presentationFile.alreadyFile': 'Ovo je već sačuvana datoteka prezentacije: otvorite aplikaciju da napravite novu.',
  'presentationFile.failed': 'Datoteku prezentacije nije bilo moguće napraviti: {reason}',
  'presentationFile.pageMissing':
    'Datoteku prezentacije nije bilo moguće napraviti: {page} nije bilo moguće pročitati iz ove aplikacije ({reason}). Postoji samo u izgrađenoj aplikaciji (npm run build).',
  'presentationFile.saved':
    'Sačuvano: {fileName} ({size}, {views, plural, one {# prikaz} few {# prikaza} other {# prikaza}}): otvara se u bilo kojem pregledniku, bez mreže, direktno u prezentacijskom načinu.',
  'presentationFile.savedEmpty':
    'Sačuvano: {fileName} ({size}) bez prikaza u nizu prikaza: kartu prikazuje samo za čitanje. Prvo snimite prikaze da biste ih prezentirali.',
  'presentationFile.defaultTitle': 'RouteShift prezentacija',
  'presentationFile.pageTitle': '{title} — RouteShift',
  'presentationFile.label': 'Datoteka prezentacije',
  'presentationFile.readOnly': 'Sačuvana datoteka prezentacije: samo za čitanje, ništa se ne čuva u ovom pregledniku.',
  'presentationFile.present': 'Prezentiraj {views, plural, one {# prikaz} few {# prikaza} other {# prikaza}}',
  'presentationFile.noViews':
    'Ova datoteka prezentacije nema prikaza u nizu prikaza, pa je karta prikazana samo za čitanje. Za prezentaciju snimite prikaze u RouteShiftu i ponovo sačuvajte datoteku prezentacije.',
  'presentationFile.notJson': 'Podaci prezentacije u ovoj datoteci nisu ispravan JSON ({reason}).',
  'presentationFile.notReadable': 'Podatke prezentacije u ovoj datoteci nije moguće pročitati: {problems}.',
};
