import type { AreaCatalogue } from '../area';
import type { appShell as english } from '../en/app-shell';

export const appShell: AreaCatalogue<typeof english> = {
  'app.tagline': 'Балкански и средоземни рути, месец по месец',
  'app.loadingDemo': 'Се вчитуваат демо-податоците…',
  'app.demoLoadFailed': 'Демо-податоците не можеа да се вчитаат. {reason}',
  'app.loadingCharts': 'Се вчитуваат графиконите…',
  'app.loading': 'Се вчитува…',
  'app.placeLabelsFailed': 'Имињата на местата не можеа да се вчитаат: {reason}',
  'app.sidePanel': 'Податоци, слоеви и легенда',
  'app.sectionFilters': 'Филтри',
  'app.sectionLayers': 'Слоеви',
  'app.sectionLegend': 'Легенда',
  'app.sectionStoryboard': 'Сценарио',
  'app.sectionBriefing': 'Брифинг',
  'app.savePresentationHint': 'Една HTML-датотека со сценариото и податоците, за компјутер без мрежа',
  'app.linkProblems': 'Дел од врската не можеше да се искористи каков што е ({problems}); прикажан е остатокот од врската.',
  'app.workspaceNotSaved': 'Вашиот работен простор не можеше да се зачува во овој прелистувач: {reason}',
  'app.settingsNotSaved': 'Вашите поставки не можеа да се зачуваат во овој прелистувач: {reason}',
  'app.datasetNotSaved': 'Збирот податоци „{name}“ не можеше да се зачува во овој прелистувач: {reason}',
  'app.removalNotSaved': 'Отстранувањето на збир податоци не можеше да се зачува во овој прелистувач: {reason}',
  'app.workspaceUnreadable': 'Зачуваниот работен простор не можеше да се прочита: {reason}. Оставен е каков што е.',
};
