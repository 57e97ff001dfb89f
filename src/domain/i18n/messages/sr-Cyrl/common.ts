import type { AreaCatalogue } from '../area';
import type { common as english } from '../en/common';

export const common: AreaCatalogue<typeof english> = {
  'language.label': 'Језик',
  'language.draft': '{name} (нацрт превода)',
  'language.draftNotice': 'Овај превод је нацрт: изворни говорник га још није прегледао.',
  'action.close': 'Затвори',
  'action.cancel': 'Откажи',
  'count.segments': '{count, plural, one {# сегмент} few {# сегмента} other {# сегмената}}',
};
