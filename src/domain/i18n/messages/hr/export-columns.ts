export const exportColumns = {
  'exportColumns.kind': 'vrsta',
  'exportColumns.id': 'ID',
  'exportColumns.name': 'naziv',
  'exportColumns.lat': 'širina',
  'exportColumns.lon': 'dužina',
  'exportColumns.wkt': 'WKT',
  'exportColumns.from': 'od',
  'exportColumns.to': 'do',
  'exportColumns.value': 'vrijednost',
  'exportColumns.unit': 'jedinica',
  'exportColumns.confidence': 'pouzdanost',
  'exportColumns.sources': 'izvori',
};
