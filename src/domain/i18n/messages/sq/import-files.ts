import type { AreaCatalogue } from '../area';
import type { importFile as english } from '../en/import-files';

export const importFile: AreaCatalogue<typeof english> = {
  'importFile.commentLinesSkipped': '{count, plural, one {# rresht komenti (fillon me {hash}) mbi kokë u anashkalua} other {# rreshta komenti (fillojnë me {hash}) mbi kokë u anashkaluan}}',
  'importFile.noHeaderRow': 'skedari është bosh: nuk ka rresht koke',
  'importFile.noDataRows': 'skedari ka rresht koke, por nuk ka rreshta të dhënash',
  'importFile.unreadable': 'skedari nuk mund të lexohej',
  'importFile.tooLarge': 'skedari është {size}; RouteShift importon skedarë deri në {limit}: ndajeni në skedarë më të vegjël',
  'importFile.tooLargeNotice': '{file} është {size}; RouteShift importon skedarë deri në {limit}. Ndajeni në skedarë më të vegjël.',
  'importFile.emptyBytes': 'skedari është bosh (0 bajt)',
  'importFile.onlyBlank': 'skedari është bosh (vetëm hapësira ose rreshta bosh)',
  'importFile.internalError': 'RouteShift nuk e lexoi dot këtë skedar (gabim i brendshëm: {message}); prej tij nuk u importua asgjë',
  'importFile.workerStopped': 'Importimi ndaloi',
  'importFile.zipNotClaimed': 'nuk është formati që thotë emri: ky skedar {ext} është arkiv zip',
  'importFile.zipNotCsv': 'nuk është formati që thotë emri: ky skedar {ext} është arkiv zip (skedar Excel .xlsx? eksportojeni si CSV UTF-8)',
  'importFile.inKmz': '{entry} në KMZ: {reason}',
  'importFile.kmzNotZip': 'nuk është formati që thotë emri: një skedar .kmz është arkiv zip, por ky nuk është',
  'importFile.kmzNotZipButKml': 'nuk është formati që thotë emri: një skedar .kmz është arkiv zip, por ky nuk është (duket si KML i thjeshtë: riemërtojeni në .kml)',
  'importFile.notXml': 'nuk është XML i vlefshëm: fillon me \'\'{opening}\'\', ndërsa XML fillon me {xmlStart}',
  'importFile.unsupportedType': 'lloj skedari i pambështetur \'\'{ext}\'\': RouteShift importon skedarë {supported}',
  'importFile.supportedList': '.geojson, .json, .csv, .tsv, .kml, .kmz, .gpx, .tcx, .xml (KML, GPX ose TCX), .zip (Shapefile), .parquet, .geoparquet, .arrow, .feather, .fgb dhe .routeshift.json',
  'importFile.notJson': 'nuk është JSON i vlefshëm: {message}',
  'importFile.notJsonAtLine': 'nuk është JSON i vlefshëm: {message} (rreshti {line})',
  'importFile.datasetFile': 'ky është skedar të dhënash RouteShift ("format": "routeshift-dataset"): importimi i tyre nuk mbështetet ende; hapni një skedar projekti (.routeshift.json) ose importoni GeoJSON, CSV, KML ose GPX',
  'importFile.projectFormatMismatch': 'nuk është formati që thotë emri: një skedar .routeshift.json është projekt RouteShift ("format": "{format}"), por ky thotë "format": "{tag}"',
  'importFile.xmlNothingToImport': '{format, select, kml {KML nuk ka shënues vendesh: asgjë për të importuar} gpx {GPX nuk ka gjurmë, rrugë ose pika rruge: asgjë për të importuar} other {TCX nuk ka gjurmë me pozicione: asgjë për të importuar}}',
};
