/**
 * The data exports (src/data/export): the CSV's comment lines and the notes both the CSV and the
 * GeoJSON metadata carry. GeoJSON property keys stay machine keys, in English; the CSV header row is in export-columns.ts.
 */
export const dataExport = {
  'dataExport.noteVolumes': 'Segment volumes are the figures of the named flow series; a whole-route series is not the segment’s own share.',
  'dataExport.noteSafeHouses': 'Safe houses are illustrative: no public source locates them.',
  'dataExport.noteEvents': 'Dated events are included whenever their month is among the exported months.',
  'dataExport.noteSchematic': 'Segments marked schematic are route-level flows: their line joins the route’s departure and arrival areas and is not a path.',
  'dataExport.csvTitle': '{app}: export of what is visible on the map',
  'dataExport.csvGenerated': 'Generated: {generatedAt}',
  'dataExport.csvMonths': 'Months: {months}',
  'dataExport.monthsRange': '{from} to {to}',
  'dataExport.csvLayers': 'Layers: {layers}',
  'dataExport.csvNoLayers': 'Layers: none',
  'dataExport.csvDataDate': 'Data date: {dataDate}',
  'dataExport.csvSource': 'Source {key}: {title} — licence: {licence}',
  'dataExport.licenceNotStated': 'not stated',
  'dataExport.sourceNotDescribed': 'Not described in the dataset',
} as const;
