import type { AreaCatalogue } from '../area';
import type { projectFile as english } from '../en/project-file';

export const projectFile: AreaCatalogue<typeof english> = {
  'projectFile.notJson': '„{file}” није могуће отворити као RouteShift пројекат: није исправан JSON ({reason}).',
  'projectFile.isDatasetFile': '„{file}” је RouteShift датотека скупа података, а не датотека пројекта: не може се отворити као пројекат.',
  'projectFile.notAProject': '„{file}” није RouteShift датотека пројекта (не наводи "format": "{format}"). Ако садржи податке за мапу, увезите је као скуп података.',
  'projectFile.versionMissing': 'Очекивана је верзија формата пројекта (цео број од 1 навише), а нема је',
  'projectFile.versionNotWhole': 'Очекивана је верзија формата пројекта (цео број од 1 навише), пронађено {found}',
  'projectFile.newerVersion': '„{file}” је сачувала новија верзија RouteShift-а (верзија формата пројекта {version}; ова верзија отвара до верзије {latest}). Ажурирајте RouteShift да бисте је отворили.',
  'projectFile.reservedDemoId': '\'\'{id}\'\' је резервисан за уграђени демо, који се никад не чува у пројекту',
  'projectFile.duplicateDatasetId': 'Дупли ИД скупа података \'\'{id}\'\' (први пут на {first})',
  'projectFile.invalid': '„{file}” је RouteShift датотека пројекта, али има {count, plural, one {# проблем} few {# проблема} other {# проблема}}, па ништа није отворено: {problems}{hasMore, select, yes { (и још {more})} other {}}.',
  'projectFile.noSettings': 'Пројекат нема подешавања; користе се подразумевани месец, слојеви и положај мапе.',
  'projectFile.defaultMonth': 'месец ({month})',
  'projectFile.defaultTheme': 'тема (светла)',
  'projectFile.defaultCamera': 'положај мапе (подразумевани приказ)',
  'projectFile.defaultDemoShown': 'демо приказан',
  'projectFile.defaultAllLayers': 'слојеви (сви приказани)',
  'projectFile.defaultLayers': '{count, plural, one {слој {layers} (приказан)} few {слојеви {layers} (приказани)} other {слојеви {layers} (приказани)}}',
  'projectFile.unknownLayers': '{count, plural, one {# слој у пројекту ова верзија RouteShift-а не познаје па је изостављен: {layers}.} few {# слоја у пројекту ова верзија RouteShift-а не познаје па су изостављена: {layers}.} other {# слојева у пројекту ова верзија RouteShift-а не познаје па су изостављени: {layers}.}}',
  'projectFile.defaulted': 'Подешавања која пројекат нема постављена су на подразумевана: {settings}.',
};
