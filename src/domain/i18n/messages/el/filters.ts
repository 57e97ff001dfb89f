import type { AreaCatalogue } from '../area';
import type { filters as english } from '../en/filters';

export const filters: AreaCatalogue<typeof english> = {
  'filters.label': 'Φίλτρα',
  'filters.corridors': 'Διάδρομος',
  'filters.modes': 'Μέσο',
  'filters.countries': 'Χώρα',
  'filters.sources': 'Πηγή',
  'filters.confidence': 'Αξιοπιστία',
  'filters.titleWithCount': '{title} ({count})',
  'filters.filtering': 'Φιλτράρισμα των καταλόγων…',
  'filters.filtered': 'Φιλτραρισμένα: {shown} από {total} τμήματα.',
  'filters.clear': 'Καθαρισμός φίλτρων',
  'filters.nothingFiltered': 'Δεν έχει εφαρμοστεί φίλτρο. Επιλέξτε τιμές για να εμφανίζονται μόνο αυτές.',
  'filters.mode':
    '{mode, select, road {οδικώς} rail {σιδηροδρομικώς} foot {πεζή} boat {με σκάφος} car {με αυτοκίνητο} bus {με λεωφορείο} taxi {με ταξί} mixed {μικτό} unknown {δεν αναφέρεται} other {{mode}}}',
  'filters.confidenceLevel': '{level, select, high {υψηλή} medium {μέτρια} low {χαμηλή} other {{level}}}',
};
