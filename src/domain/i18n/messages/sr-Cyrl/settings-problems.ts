import type { AreaCatalogue } from '../area';
import type { settingsProblems as english } from '../en/settings-problems';

export const settingsProblems: AreaCatalogue<typeof english> = {
  'settings.unknownLinkVersion': 'верзија линка „{version}” није позната',
  'settings.notAMonth': 'месец „{value}” није месец (ГГГГ-ММ)',
  'settings.unknownLayers': '{count, plural, one {непознат слој: {layers}} few {непознати слојеви: {layers}} other {непознати слојеви: {layers}}}',
  'settings.badTimeWindow': 'временски оквир „{value}” није range:ГГГГ-ММ ни since:ГГГГ-ММ',
  'settings.badTrail': 'траг „{value}” није 1 ни 0',
  'settings.badComparison': 'поређење „{value}” није prev ни ГГГГ-ММ',
  'settings.badSideBySideMonth': 'месец за приказ један поред другог „{value}” није ГГГГ-ММ',
  'settings.badChart': 'графикон „{value}” није detections, share, yoy ни unhcr',
  'settings.badMapPosition': 'положај мапе „{value}” није lon,lat,zoom',
  'settings.badSelection': 'избор „{value}” није разумљив',
  'settings.unknownFilter': 'непознат филтер „{key}”',
  'settings.badConfidence': 'поузданост „{values}” није high, medium ни low',
  'settings.monthOutside': '{what, select, windowStart {почетак оквира {month} је изван података ({from} до {to}); приказан је најближи месец} comparison {месец поређења {month} је изван података ({from} до {to}); приказан је најближи месец} sideBySide {месец један поред другог {month} је изван података ({from} до {to}); приказан је најближи месец} other {месец {month} је изван података ({from} до {to}); приказан је најближи месец}}',
  'settings.selectionMissing': 'у подацима нема „{id}” ({kind})',
  'settings.unknownLanguage': 'непознат језик: {language}',
  'settings.viewProblems': 'Приказ „{title}”: {problems}.',
};
