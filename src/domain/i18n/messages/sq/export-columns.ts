export const exportColumns = {
  'exportColumns.kind': 'lloji',
  'exportColumns.id': 'ID',
  'exportColumns.name': 'emri',
  'exportColumns.lat': 'gjerësia',
  'exportColumns.lon': 'gjatësia',
  'exportColumns.wkt': 'WKT',
  'exportColumns.from': 'nga',
  'exportColumns.to': 'deri',
  'exportColumns.value': 'vlera',
  'exportColumns.unit': 'njësia',
  'exportColumns.confidence': 'besueshmëria',
  'exportColumns.sources': 'burimet',
};
