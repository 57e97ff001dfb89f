import type { AreaCatalogue } from '../area';
import type { dataExport as english } from '../en/data-export';

export const dataExport: AreaCatalogue<typeof english> = {
  'dataExport.monthsRange': '{from} do {to}',
  'dataExport.noteVolumes': 'Količine na segmentima brojke su imenovane serije tokova; serija za cijelu rutu nije vlastiti udio segmenta.',
  'dataExport.noteSafeHouses': 'Sigurne kuće su ilustrativne: nijedan javni izvor ne navodi njihovu lokaciju.',
  'dataExport.noteEvents': 'Datirani događaji uključeni su kad je njihov mjesec među izvezenim mjesecima.',
  'dataExport.noteSchematic':
    'Segmenti označeni kao shematski su tokovi na razini rute: njihova linija spaja područja polaska i dolaska rute i ne prikazuje stvarni put.',
  'dataExport.csvTitle': '{app}: izvoz onoga što je vidljivo na karti',
  'dataExport.csvGenerated': 'Izrađeno: {generatedAt}',
  'dataExport.csvMonths': 'Mjeseci: {months}',
  'dataExport.csvLayers': 'Slojevi: {layers}',
  'dataExport.csvNoLayers': 'Slojevi: nema',
  'dataExport.csvDataDate': 'Datum podataka: {dataDate}',
  'dataExport.csvSource': 'Izvor {key}: {title} — licencija: {licence}',
  'dataExport.licenceNotStated': 'nije navedena',
  'dataExport.sourceNotDescribed': 'Nije opisan u skupu podataka',
};
