import type { AreaCatalogue } from '../area';
import type { common as english } from '../en/common';

export const common: AreaCatalogue<typeof english> = {
  'language.label': 'Lingua',
  'language.draft': '{name} (bozza di traduzione)',
  'language.draftNotice': 'Questa traduzione è una bozza: non è ancora stata rivista da un madrelingua.',
  'action.close': 'Chiudi',
  'action.cancel': 'Annulla',
  'count.segments': '{count, plural, one {# segmento} other {# segmenti}}',
};
