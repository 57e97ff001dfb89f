import type { AreaCatalogue } from '../area';
import type { dataExport as english } from '../en/data-export';

export const dataExport: AreaCatalogue<typeof english> = {
  'dataExport.monthsRange': '{from} do {to}',
  'dataExport.noteVolumes': 'Količine na odsekih so številke imenovane serije tokov; serija za celotno pot ni lasten delež odseka.',
  'dataExport.noteSafeHouses': 'Varne hiše so ponazoritvene: noben javni vir ne navaja njihove lokacije.',
  'dataExport.noteEvents': 'Datirani dogodki so vključeni, kadar je njihov mesec med izvoženimi meseci.',
  'dataExport.noteSchematic':
    'Odseki, označeni kot shematski, so tokovi na ravni poti: njihova črta povezuje območji odhoda in prihoda poti in ne prikazuje dejanskega poteka.',
  'dataExport.csvTitle': '{app}: izvoz tega, kar je vidno na karti',
  'dataExport.csvGenerated': 'Ustvarjeno: {generatedAt}',
  'dataExport.csvMonths': 'Meseci: {months}',
  'dataExport.csvLayers': 'Sloji: {layers}',
  'dataExport.csvNoLayers': 'Sloji: brez',
  'dataExport.csvDataDate': 'Datum podatkov: {dataDate}',
  'dataExport.csvSource': 'Vir {key}: {title} — licenca: {licence}',
  'dataExport.licenceNotStated': 'ni navedena',
  'dataExport.sourceNotDescribed': 'V naboru podatkov ni opisan',
};
