import type { AreaCatalogue } from '../area';
import type { settingsProblems as english } from '../en/settings-problems';

export const settingsProblems: AreaCatalogue<typeof english> = {
  'settings.unknownLinkVersion': 'različica povezave »{version}« ni znana',
  'settings.notAMonth': 'mesec »{value}« ni mesec (LLLL-MM)',
  'settings.unknownLayers': '{count, plural, one {neznan sloj: {layers}} two {neznana sloja: {layers}} few {neznani sloji: {layers}} other {neznani sloji: {layers}}}',
  'settings.badTimeWindow': 'časovno okno »{value}« ni range:LLLL-MM ali since:LLLL-MM',
  'settings.badTrail': 'sled »{value}« ni 1 ali 0',
  'settings.badComparison': 'primerjava »{value}« ni prev ali LLLL-MM',
  'settings.badSideBySideMonth': 'mesec za primerjavo drug ob drugem »{value}« ni LLLL-MM',
  'settings.badChart': 'grafikon »{value}« ni detections, share, yoy ali unhcr',
  'settings.badMapPosition': 'položaj karte »{value}« ni lon,lat,zoom',
  'settings.badSelection': 'izbora »{value}« ni mogoče razumeti',
  'settings.unknownFilter': 'neznan filter »{key}«',
  'settings.badConfidence': 'zanesljivost »{values}« ni high, medium ali low',
  'settings.monthOutside': '{what, select, windowStart {začetek okna {month} je zunaj podatkov ({from} do {to}); prikazan je najbližji mesec} comparison {mesec primerjave {month} je zunaj podatkov ({from} do {to}); prikazan je najbližji mesec} sideBySide {mesec drug ob drugem {month} je zunaj podatkov ({from} do {to}); prikazan je najbližji mesec} other {mesec {month} je zunaj podatkov ({from} do {to}); prikazan je najbližji mesec}}',
  'settings.selectionMissing': 'v podatkih ni »{id}« ({kind})',
  'settings.unknownLanguage': 'neznan jezik: {language}',
  'settings.viewProblems': 'Prizor »{title}«: {problems}.',
};
