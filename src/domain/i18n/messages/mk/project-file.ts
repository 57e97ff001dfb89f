import type { AreaCatalogue } from '../area';
import type { projectFile as english } from '../en/project-file';

export const projectFile: AreaCatalogue<typeof english> = {
  'projectFile.notJson': '„{file}“ не може да се отвори како RouteShift проект: не е валиден JSON ({reason}).',
  'projectFile.isDatasetFile': '„{file}“ е RouteShift датотека со податоци, а не проектна датотека: не може да се отвори како проект.',
  'projectFile.notAProject': '„{file}“ не е RouteShift проектна датотека (не наведува "format": "{format}"). Ако содржи податоци за карта, увезете ја како збир на податоци.',
  'projectFile.versionMissing': 'Се очекува верзија на форматот на проектот (цел број од 1 нагоре), а ја нема',
  'projectFile.versionNotWhole': 'Се очекува верзија на форматот на проектот (цел број од 1 нагоре), пронајдено {found}',
  'projectFile.newerVersion': '„{file}“ е зачувана со понова верзија на RouteShift (верзија на форматот на проектот {version}; оваа верзија отвора до верзија {latest}). Ажурирајте го RouteShift за да ја отворите.',
  'projectFile.reservedDemoId': '\'\'{id}\'\' е резервиран за вградената демонстрација, која никогаш не се зачувува во проект',
  'projectFile.duplicateDatasetId': 'Дупликат id на збир на податоци \'\'{id}\'\' (прво кај {first})',
  'projectFile.invalid': '„{file}“ е RouteShift проектна датотека, но има {count, plural, one {# проблем} other {# проблеми}}, па ништо не е отворено: {problems}{hasMore, select, yes { (и уште {more})} other {}}.',
  'projectFile.noSettings': 'Проектот нема поставки; се користат стандардниот месец, слоеви и позиција на картата.',
  'projectFile.defaultMonth': 'месец ({month})',
  'projectFile.defaultTheme': 'тема (светла)',
  'projectFile.defaultCamera': 'позиција на картата (стандарден поглед)',
  'projectFile.defaultDemoShown': 'демо прикажано',
  'projectFile.defaultAllLayers': 'слоеви (сите прикажани)',
  'projectFile.defaultLayers': '{count, plural, one {слој {layers} (прикажан)} other {слоеви {layers} (прикажани)}}',
  'projectFile.unknownLayers': '{count, plural, one {# слој во проектот не е познат на оваа верзија на RouteShift и е изоставен: {layers}.} other {# слоеви во проектот не се познати на оваа верзија на RouteShift и се изоставени: {layers}.}}',
  'projectFile.defaulted': 'Поставките што недостасуваа во проектот се поставени на стандардните: {settings}.',
};
