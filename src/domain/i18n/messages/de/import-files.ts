import type { AreaCatalogue } from '../area';
import type { importFile as english } from '../en/import-files';

export const importFile: AreaCatalogue<typeof english> = {
  'importFile.commentLinesSkipped': '{count, plural, one {# Kommentarzeile (beginnt mit {hash}) über der Kopfzeile übersprungen} other {# Kommentarzeilen (beginnen mit {hash}) über der Kopfzeile übersprungen}}',
  'importFile.noHeaderRow': 'die Datei ist leer: keine Kopfzeile',
  'importFile.noDataRows': 'die Datei hat eine Kopfzeile, aber keine Datenzeilen',
  'importFile.unreadable': 'die Datei konnte nicht gelesen werden',
  'importFile.tooLarge': 'die Datei ist {size} groß; RouteShift importiert Dateien bis {limit}: teilen Sie sie in kleinere Dateien auf',
  'importFile.tooLargeNotice': '{file} ist {size} groß; RouteShift importiert Dateien bis {limit}. Teilen Sie sie in kleinere Dateien auf.',
  'importFile.emptyBytes': 'die Datei ist leer (0 Byte)',
  'importFile.onlyBlank': 'die Datei ist leer (nur Leerzeichen oder Leerzeilen)',
  'importFile.internalError': 'RouteShift konnte diese Datei nicht lesen (interner Fehler: {message}); nichts daraus wurde importiert',
  'importFile.workerStopped': 'Der Import wurde abgebrochen',
};
