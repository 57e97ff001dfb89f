import type { AreaCatalogue } from '../area';
import type { common as english } from '../en/common';

export const common: AreaCatalogue<typeof english> = {
  'language.label': 'Jezik',
  'language.draft': '{name} (osnutek prevoda)',
  'language.draftNotice': 'Ta prevod je osnutek: materni govorec ga še ni pregledal.',
  'action.close': 'Zapri',
  'action.cancel': 'Prekliči',
  'count.segments': '{count, plural, one {# odsek} two {# odseka} few {# odseki} other {# odsekov}}',
};
