import type { AreaCatalogue } from '../area';
import type { presentationFile as english } from '../en/presentation-file';

export const presentationFile: AreaCatalogue<typeof english> = {
  'presentationFile.alreadyFile': 'Dies ist bereits eine gespeicherte Präsentationsdatei: Öffnen Sie die App, um eine neue zu erstellen.',
  'presentationFile.failed': 'Die Präsentationsdatei konnte nicht erstellt werden: {reason}',
  'presentationFile.pageMissing':
    'Die Präsentationsdatei konnte nicht erstellt werden: {page} konnte aus dieser App nicht gelesen werden ({reason}). Die Seite gibt es nur in einer gebauten App (npm run build).',
  'presentationFile.saved':
    '{fileName} gespeichert ({size}, {views, plural, one {# Ansicht} other {# Ansichten}}): Die Datei öffnet sich in jedem Browser ohne Netzwerk direkt in der Präsentation.',
  'presentationFile.savedEmpty': '{fileName} gespeichert ({size}), ohne Storyboard-Ansichten: Die Datei zeigt die Karte schreibgeschützt. Erfassen Sie zuerst Ansichten, um sie zu präsentieren.',
  'presentationFile.defaultTitle': 'RouteShift-Präsentation',
  'presentationFile.pageTitle': '{title} — RouteShift',
  'presentationFile.label': 'Präsentationsdatei',
  'presentationFile.readOnly': 'Eine gespeicherte Präsentationsdatei: schreibgeschützt, in diesem Browser wird nichts gespeichert.',
  'presentationFile.present': '{views, plural, one {# Ansicht} other {# Ansichten}} präsentieren',
  'presentationFile.noViews':
    'Diese Präsentationsdatei enthält keine Storyboard-Ansichten, daher wird die Karte schreibgeschützt gezeigt. Zum Präsentieren erfassen Sie Ansichten in RouteShift und speichern die Präsentationsdatei erneut.',
  'presentationFile.notJson': 'Die Präsentationsdaten in dieser Datei sind kein gültiges JSON ({reason}).',
  'presentationFile.notReadable': 'Die Präsentationsdaten in dieser Datei sind nicht lesbar: {problems}.',
};
