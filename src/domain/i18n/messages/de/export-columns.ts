export const exportColumns = {
  'exportColumns.kind': 'Art',
  'exportColumns.id': 'ID',
  'exportColumns.name': 'Name',
  'exportColumns.lat': 'Breite',
  'exportColumns.lon': 'Länge',
  'exportColumns.wkt': 'WKT',
  'exportColumns.from': 'von',
  'exportColumns.to': 'bis',
  'exportColumns.value': 'Wert',
  'exportColumns.unit': 'Einheit',
  'exportColumns.confidence': 'Verlässlichkeit',
  'exportColumns.sources': 'Quellen',
};
