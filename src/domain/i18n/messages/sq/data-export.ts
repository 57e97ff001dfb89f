import type { AreaCatalogue } from '../area';
import type { dataExport as english } from '../en/data-export';

export const dataExport: AreaCatalogue<typeof english> = {
  'dataExport.monthsRange': '{from} deri më {to}',
  'dataExport.noteVolumes':
    'Vëllimet e segmenteve janë shifrat e serisë së emërtuar të flukseve; një seri për të gjithë rrugën nuk është pjesa e vetë segmentit.',
  'dataExport.noteSafeHouses': 'Shtëpitë e sigurta janë ilustruese: asnjë burim publik nuk e tregon vendndodhjen e tyre.',
  'dataExport.noteEvents': 'Ngjarjet me datë përfshihen sa herë që muaji i tyre është ndër muajt e eksportuar.',
  'dataExport.noteSchematic':
    'Segmentet e shënuara si skematike janë flukse sipas rrugës: vija e tyre bashkon zonat e nisjes dhe të mbërritjes së rrugës dhe nuk është shteg i përshkuar.',
  'dataExport.csvTitle': '{app}: eksport i asaj që është e dukshme në hartë',
  'dataExport.csvGenerated': 'Krijuar: {generatedAt}',
  'dataExport.csvMonths': 'Muajt: {months}',
  'dataExport.csvLayers': 'Shtresat: {layers}',
  'dataExport.csvNoLayers': 'Shtresat: asnjë',
  'dataExport.csvDataDate': 'Data e të dhënave: {dataDate}',
  'dataExport.csvSource': 'Burimi {key}: {title} — licenca: {licence}',
  'dataExport.licenceNotStated': 'nuk është deklaruar',
  'dataExport.sourceNotDescribed': 'Nuk përshkruhet në grupin e të dhënave',
};
