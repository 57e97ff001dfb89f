import type { AreaCatalogue } from '../area';
import type { importFile as english } from '../en/import-files';

export const importFile: AreaCatalogue<typeof english> = {
  'importFile.commentLinesSkipped': '{count, plural, one {# riga di commento (che inizia con {hash}) sopra l\'intestazione saltata} many {# di righe di commento (che iniziano con {hash}) sopra l\'intestazione saltate} other {# righe di commento (che iniziano con {hash}) sopra l\'intestazione saltate}}',
  'importFile.noHeaderRow': 'il file è vuoto: nessuna riga di intestazione',
  'importFile.noDataRows': 'il file ha una riga di intestazione ma nessuna riga di dati',
  'importFile.unreadable': 'il file non è stato letto',
  'importFile.tooLarge': 'il file è di {size}; RouteShift importa file fino a {limit}: dividilo in file più piccoli',
  'importFile.tooLargeNotice': '{file} è di {size}; RouteShift importa file fino a {limit}. Dividilo in file più piccoli.',
  'importFile.emptyBytes': 'il file è vuoto (0 byte)',
  'importFile.onlyBlank': 'il file è vuoto (solo spazi o righe vuote)',
  'importFile.internalError': 'RouteShift non è riuscito a leggere questo file (errore interno: {message}); non ne è stato importato nulla',
  'importFile.workerStopped': 'L\'importazione si è interrotta',
  'importFile.zipNotClaimed': 'non è il formato indicato dal nome: questo file {ext} è un archivio zip',
  'importFile.zipNotCsv': 'non è il formato indicato dal nome: questo file {ext} è un archivio zip (un file Excel .xlsx? esportalo come CSV UTF-8)',
  'importFile.inKmz': '{entry} nel KMZ: {reason}',
  'importFile.kmzNotZip': 'non è il formato indicato dal nome: un file .kmz è un archivio zip, ma questo non lo è',
  'importFile.kmzNotZipButKml': 'non è il formato indicato dal nome: un file .kmz è un archivio zip, ma questo non lo è (sembra KML semplice: rinominalo in .kml)',
  'importFile.notXml': 'non è XML valido: inizia con \'\'{opening}\'\' mentre l\'XML inizia con {xmlStart}',
  'importFile.unsupportedType': 'tipo di file non supportato \'\'{ext}\'\': RouteShift importa file {supported}',
  'importFile.supportedList': '.geojson, .json, .csv, .tsv, .kml, .kmz, .gpx, .tcx, .xml (KML, GPX o TCX), .zip (Shapefile), .parquet, .geoparquet, .arrow, .feather, .fgb e .routeshift.json',
  'importFile.notJson': 'non è JSON valido: {message}',
  'importFile.notJsonAtLine': 'non è JSON valido: {message} (riga {line})',
  'importFile.datasetFile': 'questo è un file di dati RouteShift ("format": "routeshift-dataset"): l\'importazione di questi file non è ancora supportata; apri un file di progetto (.routeshift.json) o importa GeoJSON, CSV, KML o GPX',
  'importFile.projectFormatMismatch': 'non è il formato indicato dal nome: un file .routeshift.json è un progetto RouteShift ("format": "{format}"), ma questo dice "format": "{tag}"',
  'importFile.xmlNothingToImport': '{format, select, kml {il KML non ha segnaposti: niente da importare} gpx {il GPX non ha tracce, percorsi o waypoint: niente da importare} other {il TCX non ha tracce con posizioni: niente da importare}}',
};
