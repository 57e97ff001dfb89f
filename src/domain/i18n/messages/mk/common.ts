import type { AreaCatalogue } from '../area';
import type { common as english } from '../en/common';

export const common: AreaCatalogue<typeof english> = {
  'language.label': 'Јазик',
  'language.draft': '{name} (нацрт-превод)',
  'language.draftNotice': 'Овој превод е нацрт: сè уште не го прегледал мајчин говорител.',
  'action.close': 'Затвори',
  'action.cancel': 'Откажи',
  'count.segments': '{count, plural, one {# сегмент} other {# сегменти}}',
};
