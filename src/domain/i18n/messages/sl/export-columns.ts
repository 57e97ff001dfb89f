export const exportColumns = {
  'exportColumns.kind': 'vrsta',
  'exportColumns.id': 'ID',
  'exportColumns.name': 'ime',
  'exportColumns.lat': 'širina',
  'exportColumns.lon': 'dolžina',
  'exportColumns.wkt': 'WKT',
  'exportColumns.from': 'od',
  'exportColumns.to': 'do',
  'exportColumns.value': 'vrednost',
  'exportColumns.unit': 'enota',
  'exportColumns.confidence': 'zanesljivost',
  'exportColumns.sources': 'viri',
};
