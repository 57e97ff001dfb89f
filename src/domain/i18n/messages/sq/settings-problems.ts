import type { AreaCatalogue } from '../area';
import type { settingsProblems as english } from '../en/settings-problems';

export const settingsProblems: AreaCatalogue<typeof english> = {
  'settings.unknownLinkVersion': 'versioni i lidhjes „{version}” nuk njihet',
  'settings.notAMonth': 'muaji „{value}” nuk është muaj (VVVV-MM)',
  'settings.unknownLayers': '{count, plural, one {shtresë e panjohur: {layers}} other {shtresa të panjohura: {layers}}}',
  'settings.badTimeWindow': 'dritarja kohore „{value}” nuk është range:VVVV-MM ose since:VVVV-MM',
  'settings.badTrail': 'gjurma „{value}” nuk është 1 ose 0',
  'settings.badComparison': 'krahasimi „{value}” nuk është prev ose VVVV-MM',
  'settings.badSideBySideMonth': 'muaji krah për krah „{value}” nuk është VVVV-MM',
  'settings.badChart': 'grafiku „{value}” nuk është detections, share, yoy ose unhcr',
  'settings.badMapPosition': 'pozicioni i hartës „{value}” nuk është lon,lat,zoom',
  'settings.badSelection': 'përzgjedhja „{value}” nuk kuptohet',
  'settings.unknownFilter': 'filtër i panjohur „{key}”',
  'settings.badConfidence': 'besueshmëria „{values}” nuk është high, medium ose low',
  'settings.monthOutside': '{what, select, windowStart {fillimi i dritares {month} është jashtë të dhënave ({from} deri {to}); shfaqet muaji më i afërt} comparison {muaji i krahasimit {month} është jashtë të dhënave ({from} deri {to}); shfaqet muaji më i afërt} sideBySide {muaji krah për krah {month} është jashtë të dhënave ({from} deri {to}); shfaqet muaji më i afërt} other {muaji {month} është jashtë të dhënave ({from} deri {to}); shfaqet muaji më i afërt}}',
  'settings.selectionMissing': 'nuk ka „{id}” ({kind}) në të dhëna',
  'settings.unknownLanguage': 'gjuhë e panjohur: {language}',
  'settings.viewProblems': 'Pamja „{title}”: {problems}.',
};
