import type { AreaCatalogue } from '../area';
import type { importFile as english } from '../en/import-files';

export const importFile: AreaCatalogue<typeof english> = {
  'importFile.commentLinesSkipped': '{count, plural, one {# vrstica s komentarjem (začne se z {hash}) nad glavo izpuščena} two {# vrstici s komentarjem (začneta se z {hash}) nad glavo izpuščeni} few {# vrstice s komentarjem (začnejo se z {hash}) nad glavo izpuščene} other {# vrstic s komentarjem (začnejo se z {hash}) nad glavo izpuščenih}}',
  'importFile.noHeaderRow': 'datoteka je prazna: ni vrstice z glavo',
  'importFile.noDataRows': 'datoteka ima vrstico z glavo, nima pa vrstic s podatki',
  'importFile.unreadable': 'datoteke ni bilo mogoče prebrati',
  'importFile.tooLarge': 'datoteka ima {size}; RouteShift uvaža datoteke do {limit}: razdelite jo na manjše datoteke',
  'importFile.tooLargeNotice': '{file} ima {size}; RouteShift uvaža datoteke do {limit}. Razdelite jo na manjše datoteke.',
  'importFile.emptyBytes': 'datoteka je prazna (0 bajtov)',
  'importFile.onlyBlank': 'datoteka je prazna (samo presledki ali prazne vrstice)',
  'importFile.internalError': 'RouteShift te datoteke ni mogel prebrati (notranja napaka: {message}); iz nje ni bilo nič uvoženo',
  'importFile.workerStopped': 'Uvoz se je ustavil',
  'importFile.zipNotClaimed': 'ni oblika, ki jo navaja ime: ta datoteka {ext} je arhiv zip',
  'importFile.zipNotCsv': 'ni oblika, ki jo navaja ime: ta datoteka {ext} je arhiv zip (datoteka Excel .xlsx? izvozite jo kot CSV UTF-8)',
  'importFile.inKmz': '{entry} v KMZ: {reason}',
  'importFile.kmzNotZip': 'ni oblika, ki jo navaja ime: datoteka .kmz je arhiv zip, ta pa ni',
  'importFile.kmzNotZipButKml': 'ni oblika, ki jo navaja ime: datoteka .kmz je arhiv zip, ta pa ni (videti je kot navaden KML: preimenujte jo v .kml)',
  'importFile.notXml': 'ni veljaven XML: začne se z \'\'{opening}\'\', XML pa se začne z {xmlStart}',
  'importFile.unsupportedType': 'nepodprta vrsta datoteke \'\'{ext}\'\': RouteShift uvaža datoteke {supported}',
  'importFile.supportedList': '.geojson, .json, .csv, .tsv, .kml, .kmz, .gpx, .tcx, .xml (KML, GPX ali TCX), .zip (Shapefile), .parquet, .geoparquet, .arrow, .feather, .fgb in .routeshift.json',
  'importFile.notJson': 'ni veljaven JSON: {message}',
  'importFile.notJsonAtLine': 'ni veljaven JSON: {message} (vrstica {line})',
  'importFile.datasetFile': 'to je datoteka podatkovnega niza RouteShift ("format": "routeshift-dataset"): uvoz takih datotek še ni podprt; odprite projektno datoteko (.routeshift.json) ali uvozite GeoJSON, CSV, KML ali GPX',
  'importFile.projectFormatMismatch': 'ni oblika, ki jo navaja ime: datoteka .routeshift.json je projekt RouteShift ("format": "{format}"), ta pa navaja "format": "{tag}"',
  'importFile.xmlNothingToImport': '{format, select, kml {KML nima oznak mest: ničesar za uvoz} gpx {GPX nima sledi, poti ali točk poti: ničesar za uvoz} other {TCX nima sledi s položaji: ničesar za uvoz}}',
};
