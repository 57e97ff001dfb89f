import type { AreaCatalogue } from '../area';
import type { presentationFile as english } from '../en/presentation-file';

export const presentationFile: AreaCatalogue<typeof english> = {
  'presentationFile.alreadyFile': 'Ovo je već sačuvana datoteka prezentacije: otvorite aplikaciju da biste napravili novu.',
  'presentationFile.failed': 'Datoteku prezentacije nije bilo moguće napraviti: {reason}',
  'presentationFile.pageMissing':
    'Datoteku prezentacije nije bilo moguće napraviti: {page} nije bilo moguće pročitati iz ove aplikacije ({reason}). Postoji samo u izgrađenoj aplikaciji (npm run build).',
  'presentationFile.saved':
    'Sačuvano: {fileName} ({size}, {views, plural, one {# prikaz} few {# prikaza} other {# prikaza}}): otvara se u bilo kom pregledaču, bez mreže, odmah u prezentaciji.',
  'presentationFile.savedEmpty':
    'Sačuvano: {fileName} ({size}) bez prikaza u nizu prikaza: mapa se prikazuje samo za čitanje. Prvo snimite prikaze da biste ih prezentovali.',
  'presentationFile.defaultTitle': 'RouteShift prezentacija',
  'presentationFile.pageTitle': '{title} — RouteShift',
  'presentationFile.label': 'Datoteka prezentacije',
  'presentationFile.readOnly': 'Sačuvana datoteka prezentacije: samo za čitanje, ništa se ne čuva u ovom pregledaču.',
  'presentationFile.present': 'Prezentuj {views, plural, one {# prikaz} few {# prikaza} other {# prikaza}}',
  'presentationFile.noViews':
    'Ova datoteka prezentacije nema prikaze u nizu prikaza, pa se mapa prikazuje samo za čitanje. Da biste prezentovali, snimite prikaze u aplikaciji RouteShift i ponovo sačuvajte datoteku prezentacije.',
  'presentationFile.notJson': 'Podaci prezentacije u ovoj datoteci nisu ispravan JSON ({reason}).',
  'presentationFile.notReadable': 'Podaci prezentacije u ovoj datoteci nisu čitljivi: {problems}.',
};
