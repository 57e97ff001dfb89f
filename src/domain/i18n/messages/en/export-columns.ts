/**
 * The CSV export's column names (the header row), in the interface language. English names are the
 * machine keys; the import reads any language's full header row back (src/data/import/columns.ts).
 */
export const exportColumns = {
  'exportColumns.kind': 'kind',
  'exportColumns.id': 'id',
  'exportColumns.name': 'name',
  'exportColumns.lat': 'lat',
  'exportColumns.lon': 'lon',
  'exportColumns.wkt': 'wkt',
  'exportColumns.from': 'from',
  'exportColumns.to': 'to',
  'exportColumns.value': 'value',
  'exportColumns.unit': 'unit',
  'exportColumns.confidence': 'confidence',
  'exportColumns.sources': 'sources',
} as const;
