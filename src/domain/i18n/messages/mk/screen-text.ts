import type { AreaCatalogue } from '../area';
import type { screenText as english } from '../en/screen-text';

export const screenText: AreaCatalogue<typeof english> = {
  'screenText.demoUnreadable': '{file} не можеше да се прочита: {reason}',
  'screenText.demoNotJson': '{file} не е важечки JSON',
  'screenText.demoNotDataset': '{file} не е RouteShift збир податоци: {problem} (изградете го повторно со npm run build:data)',
  'screenText.labelsUnreadable': '{url} не можеше да се вчита: {reason}',
  'screenText.labelsNotList': '{url} не е листа на натписи',
  'screenText.loadingFont': 'Се вчитува фонтот',
  'screenText.videoEmpty': 'Видеодатотеката остана празна.',
  'screenText.storyboardEmpty': 'Сценариото сè уште нема прикази: прво снимете приказ.',
  'screenText.noCanvas': 'Овој прелистувач не може да црта на 2D платно.',
  'screenText.fontNotLoaded': 'фонтот на материјалот не можеше да се вчита ({path}: {reason})',
  'screenText.fontMissing': 'фонтот на материјалот го нема во оваа копија на RouteShift ({path}: HTTP {status})',
  'screenText.fontNotTrueType': 'фонтот на материјалот {path} не е TrueType фонт',
  'screenText.storyboardEdge': '{edge, select, last {Последен приказ од сценариото: PageDown/PageUp не одат подалеку.} other {Прв приказ од сценариото: PageDown/PageUp не одат подалеку.}}',
  'screenText.reportedPersons': 'пријавени лица',
  'screenText.exportIncidentName': 'Инцидент од {date}',
  'screenText.exportDeadAndMissing': 'мртви и исчезнати',
  'screenText.exportSegmentUnit': '{scope, select, routeTotal {{unit} ({series}, цела рута)} corridor {{unit} ({series}, сопствениот пријавен податок на коридорот)} other {{unit} ({series})}}',
  'screenText.exportRouteContext': 'контекст на рутата, без податок',
  'screenText.exportStatusUnit': '{endUnknown, select, yes {статус во {month} (крајот непознат: не е потврдено тој месец)} other {статус во {month}}}',
  'screenText.changeClass': '{change, select, new {Нови} vanished {Исчезнати (испрекинато)} grown {Пораснати} shrunk {Намалени} other {Непроменети}}',
  'screenText.thisPresentationFile': 'оваа датотека за презентација',
  'screenText.noData': 'Нема податоци',
};
