import type { AreaCatalogue } from '../area';
import type { settingsProblems as english } from '../en/settings-problems';

export const settingsProblems: AreaCatalogue<typeof english> = {
  'settings.unknownLinkVersion': 'η έκδοση συνδέσμου «{version}» δεν είναι γνωστή',
  'settings.notAMonth': 'ο μήνας «{value}» δεν είναι μήνας (ΕΕΕΕ-ΜΜ)',
  'settings.unknownLayers': '{count, plural, one {άγνωστο επίπεδο: {layers}} other {άγνωστα επίπεδα: {layers}}}',
  'settings.badTimeWindow': 'το χρονικό παράθυρο «{value}» δεν είναι range:ΕΕΕΕ-ΜΜ ή since:ΕΕΕΕ-ΜΜ',
  'settings.badTrail': 'το ίχνος «{value}» δεν είναι 1 ή 0',
  'settings.badComparison': 'η σύγκριση «{value}» δεν είναι prev ή ΕΕΕΕ-ΜΜ',
  'settings.badSideBySideMonth': 'ο μήνας δίπλα-δίπλα «{value}» δεν είναι ΕΕΕΕ-ΜΜ',
  'settings.badChart': 'το γράφημα «{value}» δεν είναι detections, share, yoy ή unhcr',
  'settings.badMapPosition': 'η θέση χάρτη «{value}» δεν είναι lon,lat,zoom',
  'settings.badSelection': 'η επιλογή «{value}» δεν είναι κατανοητή',
  'settings.unknownFilter': 'άγνωστο φίλτρο «{key}»',
  'settings.badConfidence': 'η αξιοπιστία «{values}» δεν είναι high, medium ή low',
  'settings.monthOutside': '{what, select, windowStart {η αρχή του παραθύρου {month} είναι εκτός δεδομένων ({from} έως {to}); εμφανίζεται ο πλησιέστερος μήνας} comparison {ο μήνας σύγκρισης {month} είναι εκτός δεδομένων ({from} έως {to}); εμφανίζεται ο πλησιέστερος μήνας} sideBySide {ο μήνας δίπλα-δίπλα {month} είναι εκτός δεδομένων ({from} έως {to}); εμφανίζεται ο πλησιέστερος μήνας} other {ο μήνας {month} είναι εκτός δεδομένων ({from} έως {to}); εμφανίζεται ο πλησιέστερος μήνας}}',
  'settings.selectionMissing': 'δεν υπάρχει «{id}» ({kind}) στα δεδομένα',
  'settings.unknownLanguage': 'άγνωστη γλώσσα: {language}',
  'settings.viewProblems': 'Προβολή «{title}»: {problems}.',
};
