import type { AreaCatalogue } from '../area';
import type { settingsProblems as english } from '../en/settings-problems';

export const settingsProblems: AreaCatalogue<typeof english> = {
  'settings.unknownLinkVersion': 'верзијата на врската „{version}“ не е позната',
  'settings.notAMonth': 'месецот „{value}“ не е месец (ГГГГ-ММ)',
  'settings.unknownLayers': '{count, plural, one {непознат слој: {layers}} other {непознати слоеви: {layers}}}',
  'settings.badTimeWindow': 'временскиот прозорец „{value}“ не е range:ГГГГ-ММ ниту since:ГГГГ-ММ',
  'settings.badTrail': 'трагата „{value}“ не е 1 ниту 0',
  'settings.badComparison': 'споредбата „{value}“ не е prev ниту ГГГГ-ММ',
  'settings.badSideBySideMonth': 'месецот за приказ еден до друг „{value}“ не е ГГГГ-ММ',
  'settings.badChart': 'графиконот „{value}“ не е detections, share, yoy ниту unhcr',
  'settings.badMapPosition': 'позицијата на картата „{value}“ не е lon,lat,zoom',
  'settings.badSelection': 'изборот „{value}“ не е разбирлив',
  'settings.unknownFilter': 'непознат филтер „{key}“',
  'settings.badConfidence': 'доверливоста „{values}“ не е high, medium ниту low',
  'settings.monthOutside': '{what, select, windowStart {почетокот на прозорецот {month} е надвор од податоците ({from} до {to}); прикажан е најблискиот месец} comparison {месецот за споредба {month} е надвор од податоците ({from} до {to}); прикажан е најблискиот месец} sideBySide {месецот еден до друг {month} е надвор од податоците ({from} до {to}); прикажан е најблискиот месец} other {месецот {month} е надвор од податоците ({from} до {to}); прикажан е најблискиот месец}}',
  'settings.selectionMissing': 'во податоците нема „{id}“ ({kind})',
  'settings.unknownLanguage': 'непознат јазик: {language}',
  'settings.viewProblems': 'Приказ „{title}“: {problems}.',
};
