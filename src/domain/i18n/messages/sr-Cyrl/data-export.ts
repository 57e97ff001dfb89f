import type { AreaCatalogue } from '../area';
import type { dataExport as english } from '../en/data-export';

export const dataExport: AreaCatalogue<typeof english> = {
  'dataExport.monthsRange': '{from} до {to}',
  'dataExport.noteVolumes': 'Количине на сегментима су бројке именоване серије токова; серија за целу руту није сопствени удео сегмента.',
  'dataExport.noteSafeHouses': 'Сигурне куће су илустративне: ниједан јавни извор не наводи њихову локацију.',
  'dataExport.noteEvents': 'Датирани догађаји су укључени кад је њихов месец међу извезеним месецима.',
  'dataExport.noteSchematic':
    'Сегменти означени као шематски су токови на нивоу руте: њихова линија спаја области поласка и доласка руте и не приказује стварну путању.',
  'dataExport.csvTitle': '{app}: извоз онога што је видљиво на мапи',
  'dataExport.csvGenerated': 'Генерисано: {generatedAt}',
  'dataExport.csvMonths': 'Месеци: {months}',
  'dataExport.csvLayers': 'Слојеви: {layers}',
  'dataExport.csvNoLayers': 'Слојеви: нема',
  'dataExport.csvDataDate': 'Датум података: {dataDate}',
  'dataExport.csvSource': 'Извор {key}: {title} — лиценца: {licence}',
  'dataExport.licenceNotStated': 'није наведена',
  'dataExport.sourceNotDescribed': 'Није описан у скупу података',
};
