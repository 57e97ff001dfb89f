export const exportColumns = {
  'exportColumns.kind': 'είδος',
  'exportColumns.id': 'ID',
  'exportColumns.name': 'όνομα',
  'exportColumns.lat': 'πλάτος',
  'exportColumns.lon': 'μήκος',
  'exportColumns.wkt': 'WKT',
  'exportColumns.from': 'από',
  'exportColumns.to': 'έως',
  'exportColumns.value': 'τιμή',
  'exportColumns.unit': 'μονάδα',
  'exportColumns.confidence': 'αξιοπιστία',
  'exportColumns.sources': 'πηγές',
};
