import type { AreaCatalogue } from '../area';
import type { settingsProblems as english } from '../en/settings-problems';

export const settingsProblems: AreaCatalogue<typeof english> = {
  'settings.unknownLinkVersion': 'verzija poveznice „{version}” nije poznata',
  'settings.notAMonth': 'mjesec „{value}” nije mjesec (GGGG-MM)',
  'settings.unknownLayers': '{count, plural, one {nepoznat sloj: {layers}} few {nepoznati slojevi: {layers}} other {nepoznati slojevi: {layers}}}',
  'settings.badTimeWindow': 'vremenski okvir „{value}” nije range:GGGG-MM ni since:GGGG-MM',
  'settings.badTrail': 'trag „{value}” nije 1 ni 0',
  'settings.badComparison': 'usporedba „{value}” nije prev ni GGGG-MM',
  'settings.badSideBySideMonth': 'mjesec za prikaz jedan uz drugi „{value}” nije GGGG-MM',
  'settings.badChart': 'grafikon „{value}” nije detections, share, yoy ni unhcr',
  'settings.badMapPosition': 'položaj karte „{value}” nije lon,lat,zoom',
  'settings.badSelection': 'odabir „{value}” nije razumljiv',
  'settings.unknownFilter': 'nepoznat filtar „{key}”',
  'settings.badConfidence': 'pouzdanost „{values}” nije high, medium ni low',
  'settings.monthOutside': '{what, select, windowStart {početak okvira {month} izvan je podataka ({from} do {to}); prikazan je najbliži mjesec} comparison {mjesec usporedbe {month} izvan je podataka ({from} do {to}); prikazan je najbliži mjesec} sideBySide {mjesec jedan uz drugi {month} izvan je podataka ({from} do {to}); prikazan je najbliži mjesec} other {mjesec {month} izvan je podataka ({from} do {to}); prikazan je najbliži mjesec}}',
  'settings.selectionMissing': 'u podacima nema „{id}” ({kind})',
  'settings.unknownLanguage': 'nepoznat jezik: {language}',
  'settings.viewProblems': 'Prikaz „{title}”: {problems}.',
};
