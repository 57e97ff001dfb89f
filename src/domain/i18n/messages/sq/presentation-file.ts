import type { AreaCatalogue } from '../area';
import type { presentationFile as english } from '../en/presentation-file';

export const presentationFile: AreaCatalogue<typeof english> = {
  'presentationFile.alreadyFile': 'Ky është tashmë një skedar prezantimi i ruajtur: hapni aplikacionin për të krijuar një të ri.',
  'presentationFile.failed': 'Skedari i prezantimit nuk mund të krijohej: {reason}',
  'presentationFile.pageMissing':
    'Skedari i prezantimit nuk mund të krijohej: {page} nuk mund të lexohej nga ky aplikacion ({reason}). Ekziston vetëm në një aplikacion të ndërtuar (npm run build).',
  'presentationFile.saved':
    'U ruajt {fileName} ({size}, {views, plural, one {# pamje} other {# pamje}}): hapet në çdo shfletues, pa rrjet, drejtpërdrejt në prezantues.',
  'presentationFile.savedEmpty':
    'U ruajt {fileName} ({size}) pa pamje skenari: shfaq hartën vetëm për lexim. Ruani fillimisht pamje për t’i prezantuar.',
  'presentationFile.defaultTitle': 'Prezantim RouteShift',
  'presentationFile.pageTitle': '{title} — RouteShift',
  'presentationFile.label': 'Skedar prezantimi',
  'presentationFile.readOnly': 'Skedar prezantimi i ruajtur: vetëm për lexim, asgjë nuk ruhet në këtë shfletues.',
  'presentationFile.present': 'Prezanto {views, plural, one {# pamje} other {# pamje}}',
  'presentationFile.noViews':
    'Ky skedar prezantimi nuk ka pamje skenari, prandaj harta shfaqet vetëm për lexim. Për të prezantuar, ruani pamje në RouteShift dhe ruajeni përsëri skedarin e prezantimit.',
  'presentationFile.notJson': 'Të dhënat e prezantimit në këtë skedar nuk janë JSON i vlefshëm ({reason}).',
  'presentationFile.notReadable': 'Të dhënat e prezantimit në këtë skedar nuk lexohen: {problems}.',
};
