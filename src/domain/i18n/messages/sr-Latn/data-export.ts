import type { AreaCatalogue } from '../area';
import type { dataExport as english } from '../en/data-export';

export const dataExport: AreaCatalogue<typeof english> = {
  'dataExport.monthsRange': '{from} do {to}',
  'dataExport.noteVolumes': 'Količine na segmentima su brojke imenovane serije tokova; serija za celu rutu nije sopstveni udeo segmenta.',
  'dataExport.noteSafeHouses': 'Sigurne kuće su ilustrativne: nijedan javni izvor ne navodi njihovu lokaciju.',
  'dataExport.noteEvents': 'Datirani događaji su uključeni kad je njihov mesec među izvezenim mesecima.',
  'dataExport.noteSchematic':
    'Segmenti označeni kao šematski su tokovi na nivou rute: njihova linija spaja oblasti polaska i dolaska rute i ne prikazuje stvarnu putanju.',
  'dataExport.csvTitle': '{app}: izvoz onoga što je vidljivo na mapi',
  'dataExport.csvGenerated': 'Generisano: {generatedAt}',
  'dataExport.csvMonths': 'Meseci: {months}',
  'dataExport.csvLayers': 'Slojevi: {layers}',
  'dataExport.csvNoLayers': 'Slojevi: nema',
  'dataExport.csvDataDate': 'Datum podataka: {dataDate}',
  'dataExport.csvSource': 'Izvor {key}: {title} — licenca: {licence}',
  'dataExport.licenceNotStated': 'nije navedena',
  'dataExport.sourceNotDescribed': 'Nije opisan u skupu podataka',
};
