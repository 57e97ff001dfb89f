import type { AreaCatalogue } from '../area';
import type { importFile as english } from '../en/import-files';

export const importFile: AreaCatalogue<typeof english> = {
  'importFile.commentLinesSkipped': '{count, plural, one {# ред коментара (почиње са {hash}) изнад заглавља прескочен} few {# реда коментара (почињу са {hash}) изнад заглавља прескочена} other {# редова коментара (почињу са {hash}) изнад заглавља прескочено}}',
  'importFile.noHeaderRow': 'датотека је празна: нема реда заглавља',
  'importFile.noDataRows': 'датотека има ред заглавља, али нема редова с подацима',
  'importFile.unreadable': 'датотеку није било могуће прочитати',
  'importFile.tooLarge': 'датотека има {size}; RouteShift увози датотеке до {limit}: поделите је на мање датотеке',
  'importFile.tooLargeNotice': '{file} има {size}; RouteShift увози датотеке до {limit}. Поделите је на мање датотеке.',
  'importFile.emptyBytes': 'датотека је празна (0 бајтова)',
  'importFile.onlyBlank': 'датотека је празна (само размаци или празни редови)',
  'importFile.internalError': 'RouteShift није могао да прочита ову датотеку (интерна грешка: {message}); из ње ништа није увезено',
  'importFile.workerStopped': 'Увоз се зауставио',
  'importFile.zipNotClaimed': 'није формат који наводи име: ова датотека {ext} је zip архива',
  'importFile.zipNotCsv': 'није формат који наводи име: ова датотека {ext} је zip архива (Excel датотека .xlsx? извезите је као CSV UTF-8)',
  'importFile.inKmz': '{entry} у KMZ-у: {reason}',
  'importFile.kmzNotZip': 'није формат који наводи име: датотека .kmz је zip архива, а ова није',
  'importFile.kmzNotZipButKml': 'није формат који наводи име: датотека .kmz је zip архива, а ова није (изгледа као обичан KML: преименујте је у .kml)',
  'importFile.notXml': 'није исправан XML: почиње са \'\'{opening}\'\', а XML почиње са {xmlStart}',
  'importFile.unsupportedType': 'неподржан тип датотеке \'\'{ext}\'\': RouteShift увози датотеке {supported}',
  'importFile.supportedList': '.geojson, .json, .csv, .tsv, .kml, .kmz, .gpx, .tcx, .xml (KML, GPX или TCX), .zip (Shapefile), .parquet, .geoparquet, .arrow, .feather, .fgb и .routeshift.json',
  'importFile.notJson': 'није исправан JSON: {message}',
  'importFile.notJsonAtLine': 'није исправан JSON: {message} (ред {line})',
  'importFile.datasetFile': 'ово је RouteShift датотека скупа података ("format": "routeshift-dataset"): увоз таквих датотека још није подржан; отворите датотеку пројекта (.routeshift.json) или увезите GeoJSON, CSV, KML или GPX',
  'importFile.projectFormatMismatch': 'није формат који наводи име: датотека .routeshift.json је RouteShift пројекат ("format": "{format}"), а ова наводи "format": "{tag}"',
  'importFile.xmlNothingToImport': '{format, select, kml {KML нема ознака места: нема ничега за увоз} gpx {GPX нема трагова, рута ни тачака пута: нема ничега за увоз} other {TCX нема трагова са положајима: нема ничега за увоз}}',
};
