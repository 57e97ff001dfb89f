import type { AreaCatalogue } from '../area';
import type { common as english } from '../en/common';

export const common: AreaCatalogue<typeof english> = {
  'language.label': 'Jezik',
  'language.draft': '{name} (nacrt prevoda)',
  'language.draftNotice': 'Ovaj prevod je nacrt: izvorni govornik ga još nije pregledao.',
  'action.close': 'Zatvori',
  'action.cancel': 'Otkaži',
  'count.segments': '{count, plural, one {# segment} few {# segmenta} other {# segmenata}}',
};
