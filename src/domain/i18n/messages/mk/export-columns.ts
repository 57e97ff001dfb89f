export const exportColumns = {
  'exportColumns.kind': 'вид',
  'exportColumns.id': 'ID',
  'exportColumns.name': 'име',
  'exportColumns.lat': 'ширина',
  'exportColumns.lon': 'должина',
  'exportColumns.wkt': 'WKT',
  'exportColumns.from': 'од',
  'exportColumns.to': 'до',
  'exportColumns.value': 'вредност',
  'exportColumns.unit': 'единица',
  'exportColumns.confidence': 'доверливост',
  'exportColumns.sources': 'извори',
};
