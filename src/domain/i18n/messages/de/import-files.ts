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
  'importFile.zipNotClaimed': 'nicht das Format, das der Name angibt: diese {ext}-Datei ist ein Zip-Archiv',
  'importFile.zipNotCsv': 'nicht das Format, das der Name angibt: diese {ext}-Datei ist ein Zip-Archiv (eine Excel-Datei .xlsx? exportieren Sie sie als CSV UTF-8)',
  'importFile.inKmz': '{entry} im KMZ: {reason}',
  'importFile.kmzNotZip': 'nicht das Format, das der Name angibt: eine .kmz-Datei ist ein Zip-Archiv, diese aber nicht',
  'importFile.kmzNotZipButKml': 'nicht das Format, das der Name angibt: eine .kmz-Datei ist ein Zip-Archiv, diese aber nicht (sie sieht wie einfaches KML aus: benennen Sie sie in .kml um)',
  'importFile.notXml': 'kein gültiges XML: beginnt mit \'\'{opening}\'\', XML beginnt aber mit {xmlStart}',
  'importFile.unsupportedType': 'nicht unterstützter Dateityp \'\'{ext}\'\': RouteShift importiert {supported}-Dateien',
  'importFile.supportedList': '.geojson, .json, .csv, .tsv, .kml, .kmz, .gpx, .tcx, .xml (KML, GPX oder TCX), .zip (Shapefile), .parquet, .geoparquet, .arrow, .feather, .fgb und .routeshift.json',
  'importFile.notJson': 'kein gültiges JSON: {message}',
  'importFile.notJsonAtLine': 'kein gültiges JSON: {message} (Zeile {line})',
  'importFile.datasetFile': 'dies ist eine RouteShift-Datensatzdatei ("format": "routeshift-dataset"): solche Dateien lassen sich noch nicht importieren; öffnen Sie eine Projektdatei (.routeshift.json) oder importieren Sie GeoJSON, CSV, KML oder GPX',
  'importFile.projectFormatMismatch': 'nicht das Format, das der Name angibt: eine .routeshift.json-Datei ist ein RouteShift-Projekt ("format": "{format}"), diese sagt aber "format": "{tag}"',
  'importFile.xmlNothingToImport': '{format, select, kml {die KML-Datei hat keine Ortsmarken: nichts zu importieren} gpx {die GPX-Datei hat keine Tracks, Routen oder Wegpunkte: nichts zu importieren} other {die TCX-Datei hat keine Tracks mit Positionen: nichts zu importieren}}',
};
