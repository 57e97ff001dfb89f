import type { AreaCatalogue } from '../area';
import type { common as english } from '../en/common';

export const common: AreaCatalogue<typeof english> = {
  'language.label': 'Gjuha',
  'language.draft': '{name} (përkthim paraprak)',
  'language.draftNotice': 'Ky përkthim është paraprak: ende nuk e ka rishikuar një folës amtar.',
  'action.close': 'Mbyll',
  'action.cancel': 'Anulo',
  'count.segments': '{count, plural, one {# segment} other {# segmente}}',
};
