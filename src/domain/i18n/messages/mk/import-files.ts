import type { AreaCatalogue } from '../area';
import type { importFile as english } from '../en/import-files';

export const importFile: AreaCatalogue<typeof english> = {
  'importFile.commentLinesSkipped': '{count, plural, one {# ред со коментар (почнува со {hash}) над заглавието е прескокнат} other {# редови со коментар (почнуваат со {hash}) над заглавието се прескокнати}}',
  'importFile.noHeaderRow': 'датотеката е празна: нема ред со заглавие',
  'importFile.noDataRows': 'датотеката има ред со заглавие, но нема редови со податоци',
  'importFile.unreadable': 'датотеката не можеше да се прочита',
  'importFile.tooLarge': 'датотеката има {size}; RouteShift увезува датотеки до {limit}: поделете ја на помали датотеки',
  'importFile.tooLargeNotice': '{file} има {size}; RouteShift увезува датотеки до {limit}. Поделете ја на помали датотеки.',
  'importFile.emptyBytes': 'датотеката е празна (0 бајти)',
  'importFile.onlyBlank': 'датотеката е празна (само празни места или празни редови)',
  'importFile.internalError': 'RouteShift не можеше да ја прочита оваа датотека (внатрешна грешка: {message}); од неа ништо не е увезено',
  'importFile.workerStopped': 'Увозот запре',
  'importFile.zipNotClaimed': 'не е форматот што го наведува името: оваа датотека {ext} е zip архива',
  'importFile.zipNotCsv': 'не е форматот што го наведува името: оваа датотека {ext} е zip архива (Excel датотека .xlsx? извезете ја како CSV UTF-8)',
  'importFile.inKmz': '{entry} во KMZ: {reason}',
  'importFile.kmzNotZip': 'не е форматот што го наведува името: датотеката .kmz е zip архива, а оваа не е',
  'importFile.kmzNotZipButKml': 'не е форматот што го наведува името: датотеката .kmz е zip архива, а оваа не е (изгледа како обичен KML: преименувајте ја во .kml)',
  'importFile.notXml': 'не е валиден XML: почнува со \'\'{opening}\'\', а XML почнува со {xmlStart}',
  'importFile.unsupportedType': 'неподдржан тип датотека \'\'{ext}\'\': RouteShift увезува датотеки {supported}',
  'importFile.supportedList': '.geojson, .json, .csv, .tsv, .kml, .kmz, .gpx, .tcx, .xml (KML, GPX или TCX), .zip (Shapefile), .parquet, .geoparquet, .arrow, .feather, .fgb и .routeshift.json',
  'importFile.notJson': 'не е валиден JSON: {message}',
  'importFile.notJsonAtLine': 'не е валиден JSON: {message} (ред {line})',
  'importFile.datasetFile': 'ова е RouteShift датотека со податоци ("format": "routeshift-dataset"): увоз на такви датотеки сè уште не е поддржан; отворете проектна датотека (.routeshift.json) или увезете GeoJSON, CSV, KML или GPX',
  'importFile.projectFormatMismatch': 'не е форматот што го наведува името: датотеката .routeshift.json е RouteShift проект ("format": "{format}"), а оваа наведува "format": "{tag}"',
  'importFile.xmlNothingToImport': '{format, select, kml {KML нема ознаки на места: нема ништо за увоз} gpx {GPX нема траги, рути или точки: нема ништо за увоз} other {TCX нема траги со позиции: нема ништо за увоз}}',
};
