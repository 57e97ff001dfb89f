import type { AreaCatalogue } from '../area';
import type { importFile as english } from '../en/import-files';

export const importFile: AreaCatalogue<typeof english> = {
  'importFile.commentLinesSkipped': '{count, plural, one {# red komentara (počinje sa {hash}) iznad zaglavlja preskočen} few {# reda komentara (počinju sa {hash}) iznad zaglavlja preskočena} other {# redova komentara (počinju sa {hash}) iznad zaglavlja preskočeno}}',
  'importFile.noHeaderRow': 'datoteka je prazna: nema reda zaglavlja',
  'importFile.noDataRows': 'datoteka ima red zaglavlja, ali nema redova s podacima',
  'importFile.unreadable': 'datoteku nije bilo moguće pročitati',
  'importFile.tooLarge': 'datoteka ima {size}; RouteShift uvozi datoteke do {limit}: podijelite je na manje datoteke',
  'importFile.tooLargeNotice': '{file} ima {size}; RouteShift uvozi datoteke do {limit}. Podijelite je na manje datoteke.',
  'importFile.emptyBytes': 'datoteka je prazna (0 bajtova)',
  'importFile.onlyBlank': 'datoteka je prazna (samo razmaci ili prazni redovi)',
  'importFile.internalError': 'RouteShift nije mogao pročitati ovu datoteku (interna greška: {message}); iz nje ništa nije uvezeno',
  'importFile.workerStopped': 'Uvoz se zaustavio',
  'importFile.zipNotClaimed': 'nije format koji navodi ime: ova datoteka {ext} je zip arhiva',
  'importFile.zipNotCsv': 'nije format koji navodi ime: ova datoteka {ext} je zip arhiva (Excel datoteka .xlsx? izvezite je kao CSV UTF-8)',
  'importFile.inKmz': '{entry} u KMZ-u: {reason}',
  'importFile.kmzNotZip': 'nije format koji navodi ime: datoteka .kmz je zip arhiva, a ova nije',
  'importFile.kmzNotZipButKml': 'nije format koji navodi ime: datoteka .kmz je zip arhiva, a ova nije (izgleda kao običan KML: preimenujte je u .kml)',
  'importFile.notXml': 'nije ispravan XML: počinje sa \'\'{opening}\'\', a XML počinje sa {xmlStart}',
  'importFile.unsupportedType': 'nepodržan tip datoteke \'\'{ext}\'\': RouteShift uvozi datoteke {supported}',
  'importFile.supportedList': '.geojson, .json, .csv, .tsv, .kml, .kmz, .gpx, .tcx, .xml (KML, GPX ili TCX), .zip (Shapefile), .parquet, .geoparquet, .arrow, .feather, .fgb i .routeshift.json',
  'importFile.notJson': 'nije ispravan JSON: {message}',
  'importFile.notJsonAtLine': 'nije ispravan JSON: {message} (red {line})',
  'importFile.datasetFile': 'ovo je RouteShift datoteka skupa podataka ("format": "routeshift-dataset"): uvoz takvih datoteka još nije podržan; otvorite datoteku projekta (.routeshift.json) ili uvezite GeoJSON, CSV, KML ili GPX',
  'importFile.projectFormatMismatch': 'nije format koji navodi ime: datoteka .routeshift.json je RouteShift projekat ("format": "{format}"), a ova navodi "format": "{tag}"',
  'importFile.xmlNothingToImport': '{format, select, kml {KML nema oznaka mjesta: nema ničega za uvoz} gpx {GPX nema tragova, ruta ni tačaka puta: nema ničega za uvoz} other {TCX nema tragova s položajima: nema ničega za uvoz}}',
};
