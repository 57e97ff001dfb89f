import type { AreaCatalogue } from '../area';
import type { appShell as english } from '../en/app-shell';

export const appShell: AreaCatalogue<typeof english> = {
  'app.tagline': 'Балканске и средоземне руте, месец по месец',
  'app.loadingDemo': 'Учитавање демо података…',
  'app.demoLoadFailed': 'Демо податке није било могуће учитати. {reason}',
  'app.loadingCharts': 'Учитавање графикона…',
  'app.loading': 'Учитавање…',
  'app.placeLabelsFailed': 'Називе места није било могуће учитати: {reason}',
  'app.sidePanel': 'Подаци, слојеви и легенда',
  'app.sectionFilters': 'Филтери',
  'app.sectionLayers': 'Слојеви',
  'app.sectionLegend': 'Легенда',
  'app.sectionStoryboard': 'Низ приказа',
  'app.sectionBriefing': 'Брифинг',
  'app.savePresentationHint': 'Једна HTML датотека са низом приказа и подацима, за рачунар без мреже',
  'app.linkProblems': 'Део линка није могао да се употреби онакав какав је ({problems}); остатак линка је приказан.',
  'app.workspaceNotSaved': 'Ваш радни простор није било могуће сачувати у овом прегледачу: {reason}',
  'app.settingsNotSaved': 'Ваша подешавања није било могуће сачувати у овом прегледачу: {reason}',
  'app.datasetNotSaved': 'Скуп података „{name}“ није било могуће сачувати у овом прегледачу: {reason}',
  'app.removalNotSaved': 'Уклањање скупа података није било могуће сачувати у овом прегледачу: {reason}',
  'app.workspaceUnreadable': 'Сачувани радни простор није било могуће прочитати: {reason}. Остављен је непромењен.',
};
