export const exportColumns = {
  'exportColumns.kind': 'tipo',
  'exportColumns.id': 'ID',
  'exportColumns.name': 'nome',
  'exportColumns.lat': 'latitudine',
  'exportColumns.lon': 'longitudine',
  'exportColumns.wkt': 'WKT',
  'exportColumns.from': 'da',
  'exportColumns.to': 'a',
  'exportColumns.value': 'valore',
  'exportColumns.unit': 'unità',
  'exportColumns.confidence': 'affidabilità',
  'exportColumns.sources': 'fonti',
};
