import type { AreaCatalogue } from '../area';
import type { common as english } from '../en/common';

export const common: AreaCatalogue<typeof english> = {
  'language.label': 'Jezik',
  'language.draft': '{name} (nacrt prijevoda)',
  'language.draftNotice': 'Ovaj je prijevod nacrt: izvorni govornik još ga nije pregledao.',
  'action.close': 'Zatvori',
  'action.cancel': 'Odustani',
  'count.segments': '{count, plural, one {# segment} few {# segmenta} other {# segmenata}}',
};
