import type { AreaCatalogue } from '../area';
import type { settingsProblems as english } from '../en/settings-problems';

export const settingsProblems: AreaCatalogue<typeof english> = {
  'settings.unknownLinkVersion': 'verzija linka „{version}” nije poznata',
  'settings.notAMonth': 'mesec „{value}” nije mesec (GGGG-MM)',
  'settings.unknownLayers': '{count, plural, one {nepoznat sloj: {layers}} few {nepoznati slojevi: {layers}} other {nepoznati slojevi: {layers}}}',
  'settings.badTimeWindow': 'vremenski okvir „{value}” nije range:GGGG-MM ni since:GGGG-MM',
  'settings.badTrail': 'trag „{value}” nije 1 ni 0',
  'settings.badComparison': 'poređenje „{value}” nije prev ni GGGG-MM',
  'settings.badSideBySideMonth': 'mesec za prikaz jedan pored drugog „{value}” nije GGGG-MM',
  'settings.badChart': 'grafikon „{value}” nije detections, share, yoy ni unhcr',
  'settings.badMapPosition': 'položaj mape „{value}” nije lon,lat,zoom',
  'settings.badSelection': 'izbor „{value}” nije razumljiv',
  'settings.unknownFilter': 'nepoznat filter „{key}”',
  'settings.badConfidence': 'pouzdanost „{values}” nije high, medium ni low',
  'settings.monthOutside': '{what, select, windowStart {početak okvira {month} je izvan podataka ({from} do {to}); prikazan je najbliži mesec} comparison {mesec poređenja {month} je izvan podataka ({from} do {to}); prikazan je najbliži mesec} sideBySide {mesec jedan pored drugog {month} je izvan podataka ({from} do {to}); prikazan je najbliži mesec} other {mesec {month} je izvan podataka ({from} do {to}); prikazan je najbliži mesec}}',
  'settings.selectionMissing': 'u podacima nema „{id}” ({kind})',
  'settings.unknownLanguage': 'nepoznat jezik: {language}',
  'settings.viewProblems': 'Prikaz „{title}”: {problems}.',
};
