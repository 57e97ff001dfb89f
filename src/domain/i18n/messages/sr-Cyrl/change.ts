import type { AreaCatalogue } from '../area';
import type { change as english } from '../en/change';

export const change: AreaCatalogue<typeof english> = {
  'change.new': '{count, plural, one {# нови сегмент} few {# нова сегмента} other {# нових сегмената}}',
  'change.vanished': '{count, plural, one {# сегмент је нестао} few {# сегмента су нестала} other {# сегмената је нестало}}',
  'change.grown': '{count, plural, one {# сегмент је порастао} few {# сегмента су порасла} other {# сегмената је порасло}}',
  'change.shrunk': '{count, plural, one {# сегмент се смањио} few {# сегмента су се смањила} other {# сегмената се смањило}}',
  'change.opened': '{count, plural, one {# прелаз отворен} few {# прелаза отворена} other {# прелаза отворено}}',
  'change.restricted': '{count, plural, one {# прелаз ограничен} few {# прелаза ограничена} other {# прелаза ограничено}}',
  'change.closed':
    '{count, plural, one {# прелаз затворен за транзит} few {# прелаза затворена за транзит} other {# прелаза затворено за транзит}}',
  'change.fenced': '{count, plural, one {# прелаз ограђен} few {# прелаза ограђена} other {# прелаза ограђено}}',
  'change.controls':
    '{count, plural, one {# прелаз са новим контролама} few {# прелаза са новим контролама} other {# прелаза са новим контролама}}',
  'change.other':
    '{count, plural, one {# прелаз сада непознатог статуса} few {# прелаза сада непознатог статуса} other {# прелаза сада непознатог статуса}}',
  'change.summaryLine': '{label}: {counts}',
  'change.within': 'Унутар државе: {country}',
  'change.pair': '{from} → {to}',
  'change.unknownCountry': 'Непознато',
};
