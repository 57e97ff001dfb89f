import type { AreaCatalogue } from '../area';
import type { dataExport as english } from '../en/data-export';

export const dataExport: AreaCatalogue<typeof english> = {
  'dataExport.monthsRange': '{from} до {to}',
  'dataExport.noteVolumes':
    'Обемите на сегментите се бројките од именуваната серија на текови; серијата за целата рута не е уделот на самиот сегмент.',
  'dataExport.noteSafeHouses': 'Безбедните куќи се илустративни: ниеден јавен извор не ја наведува нивната локација.',
  'dataExport.noteEvents': 'Настаните со датум се вклучени секогаш кога нивниот месец е меѓу извезените месеци.',
  'dataExport.noteSchematic':
    'Сегментите означени како шематски се текови по рути: нивната линија ги поврзува областите на поаѓање и пристигнување на рутата и не е патека.',
  'dataExport.csvTitle': '{app}: извоз на она што е видливо на картата',
  'dataExport.csvGenerated': 'Создадено: {generatedAt}',
  'dataExport.csvMonths': 'Месеци: {months}',
  'dataExport.csvLayers': 'Слоеви: {layers}',
  'dataExport.csvNoLayers': 'Слоеви: нема',
  'dataExport.csvDataDate': 'Датум на податоците: {dataDate}',
  'dataExport.csvSource': 'Извор {key}: {title} — лиценца: {licence}',
  'dataExport.licenceNotStated': 'не е наведена',
  'dataExport.sourceNotDescribed': 'Не е опишан во збирот податоци',
};
