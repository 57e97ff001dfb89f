import type { AreaCatalogue } from '../area';
import type { importFile as english } from '../en/import-files';

export const importFile: AreaCatalogue<typeof english> = {
  'importFile.commentLinesSkipped': '{count, plural, one {# γραμμή σχολίου (αρχίζει με {hash}) πάνω από την κεφαλίδα παραλείφθηκε} other {# γραμμές σχολίων (αρχίζουν με {hash}) πάνω από την κεφαλίδα παραλείφθηκαν}}',
  'importFile.noHeaderRow': 'το αρχείο είναι κενό: δεν υπάρχει γραμμή κεφαλίδας',
  'importFile.noDataRows': 'το αρχείο έχει γραμμή κεφαλίδας αλλά καμία γραμμή δεδομένων',
  'importFile.unreadable': 'το αρχείο δεν μπόρεσε να διαβαστεί',
  'importFile.tooLarge': 'το αρχείο είναι {size}· το RouteShift εισάγει αρχεία έως {limit}: χωρίστε το σε μικρότερα αρχεία',
  'importFile.tooLargeNotice': 'Το {file} είναι {size}· το RouteShift εισάγει αρχεία έως {limit}. Χωρίστε το σε μικρότερα αρχεία.',
  'importFile.emptyBytes': 'το αρχείο είναι κενό (0 byte)',
  'importFile.onlyBlank': 'το αρχείο είναι κενό (μόνο κενά ή κενές γραμμές)',
  'importFile.internalError': 'Το RouteShift δεν μπόρεσε να διαβάσει αυτό το αρχείο (εσωτερικό σφάλμα: {message})· δεν εισήχθη τίποτα από αυτό',
  'importFile.workerStopped': 'Η εισαγωγή σταμάτησε',
  'importFile.zipNotClaimed': 'δεν είναι η μορφή που δηλώνει το όνομα: αυτό το αρχείο {ext} είναι αρχείο zip',
  'importFile.zipNotCsv': 'δεν είναι η μορφή που δηλώνει το όνομα: αυτό το αρχείο {ext} είναι αρχείο zip (αρχείο Excel .xlsx; εξαγάγετέ το ως CSV UTF-8)',
  'importFile.inKmz': '{entry} στο KMZ: {reason}',
  'importFile.kmzNotZip': 'δεν είναι η μορφή που δηλώνει το όνομα: ένα αρχείο .kmz είναι αρχείο zip, αλλά αυτό δεν είναι',
  'importFile.kmzNotZipButKml': 'δεν είναι η μορφή που δηλώνει το όνομα: ένα αρχείο .kmz είναι αρχείο zip, αλλά αυτό δεν είναι (μοιάζει με απλό KML: μετονομάστε το σε .kml)',
  'importFile.notXml': 'δεν είναι έγκυρο XML: αρχίζει με \'\'{opening}\'\', ενώ το XML αρχίζει με {xmlStart}',
  'importFile.unsupportedType': 'μη υποστηριζόμενος τύπος αρχείου \'\'{ext}\'\': το RouteShift εισάγει αρχεία {supported}',
  'importFile.supportedList': '.geojson, .json, .csv, .tsv, .kml, .kmz, .gpx, .tcx, .xml (KML, GPX ή TCX), .zip (Shapefile), .parquet, .geoparquet, .arrow, .feather, .fgb και .routeshift.json',
  'importFile.notJson': 'δεν είναι έγκυρο JSON: {message}',
  'importFile.notJsonAtLine': 'δεν είναι έγκυρο JSON: {message} (γραμμή {line})',
  'importFile.datasetFile': 'αυτό είναι αρχείο συνόλου δεδομένων RouteShift ("format": "routeshift-dataset"): η εισαγωγή τέτοιων αρχείων δεν υποστηρίζεται ακόμη· ανοίξτε αρχείο έργου (.routeshift.json) ή εισαγάγετε GeoJSON, CSV, KML ή GPX',
  'importFile.projectFormatMismatch': 'δεν είναι η μορφή που δηλώνει το όνομα: ένα αρχείο .routeshift.json είναι έργο RouteShift ("format": "{format}"), αλλά αυτό λέει "format": "{tag}"',
  'importFile.xmlNothingToImport': '{format, select, kml {το KML δεν έχει σημάνσεις τοποθεσιών: τίποτα προς εισαγωγή} gpx {το GPX δεν έχει ίχνη, διαδρομές ή σημεία: τίποτα προς εισαγωγή} other {το TCX δεν έχει ίχνη με θέσεις: τίποτα προς εισαγωγή}}',
};
