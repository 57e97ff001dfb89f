export const exportColumns = {
  'exportColumns.kind': 'врста',
  'exportColumns.id': 'ID',
  'exportColumns.name': 'назив',
  'exportColumns.lat': 'ширина',
  'exportColumns.lon': 'дужина',
  'exportColumns.wkt': 'WKT',
  'exportColumns.from': 'од',
  'exportColumns.to': 'до',
  'exportColumns.value': 'вредност',
  'exportColumns.unit': 'јединица',
  'exportColumns.confidence': 'поузданост',
  'exportColumns.sources': 'извори',
};
