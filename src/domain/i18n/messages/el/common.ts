import type { AreaCatalogue } from '../area';
import type { common as english } from '../en/common';

export const common: AreaCatalogue<typeof english> = {
  'language.label': 'Γλώσσα',
  'language.draft': '{name} (πρόχειρη μετάφραση)',
  'language.draftNotice': 'Αυτή η μετάφραση είναι πρόχειρη: δεν την έχει ελέγξει ακόμη φυσικός ομιλητής.',
  'action.close': 'Κλείσιμο',
  'action.cancel': 'Ακύρωση',
  'count.segments': '{count, plural, one {# τμήμα} other {# τμήματα}}',
};
