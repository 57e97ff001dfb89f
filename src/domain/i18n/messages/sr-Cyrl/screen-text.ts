import type { AreaCatalogue } from '../area';
import type { screenText as english } from '../en/screen-text';

export const screenText: AreaCatalogue<typeof english> = {
  'screenText.demoUnreadable': '{file} није било могуће прочитати: {reason}',
  'screenText.demoNotJson': '{file} није исправан JSON',
  'screenText.demoNotDataset': '{file} није RouteShift скуп података: {problem} (поново га изградите помоћу нпм рун буилд:дата)',
  'screenText.labelsUnreadable': '{url} није било могуће учитати: {reason}',
  'screenText.labelsNotList': '{url} није листа ознака',
  'screenText.loadingFont': 'Учитавање фонта',
  'screenText.videoEmpty': 'Видео-датотека је остала празна.',
  'screenText.storyboardEmpty': 'Низ приказа још нема приказа: прво снимите приказ.',
  'screenText.noCanvas': 'Овај прегледач не може да црта на 2D платну.',
  'screenText.fontNotLoaded': 'фонт материјала није било могуће учитати ({path}: {reason})',
  'screenText.fontMissing': 'фонт материјала није у овој копији RouteShift-а ({path}: HTTP {status})',
  'screenText.fontNotTrueType': 'фонт материјала {path} није TrueType фонт',
  'screenText.storyboardEdge': '{edge, select, last {Последњи приказ низа: PageDown/PageUp не иду даље.} other {Први приказ низа: PageDown/PageUp не иду даље.}}',
  'screenText.reportedPersons': 'пријављене особе',
  'screenText.exportIncidentName': 'Инцидент од {date}',
  'screenText.exportDeadAndMissing': 'мртви и нестали',
  'screenText.exportSegmentUnit': '{scope, select, routeTotal {{unit} ({series}, цела рута)} corridor {{unit} ({series}, сопствени пријављени податак коридора)} other {{unit} ({series})}}',
  'screenText.exportRouteContext': 'контекст руте, без податка',
  'screenText.exportStatusUnit': '{endUnknown, select, yes {статус у {month} (крај непознат: тог месеца није потврђено)} other {статус у {month}}}',
  'screenText.changeClass': '{change, select, new {Нови} vanished {Нестали (испрекидано)} grown {Порасли} shrunk {Смањени} other {Непромењени}}',
  'screenText.thisPresentationFile': 'ова датотека презентације',
  'screenText.noData': 'Нема података',
};
