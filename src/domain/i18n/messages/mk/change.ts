import type { AreaCatalogue } from '../area';
import type { change as english } from '../en/change';

export const change: AreaCatalogue<typeof english> = {
  'change.new': '{count, plural, one {# нов сегмент} other {# нови сегменти}}',
  'change.vanished': '{count, plural, one {# сегмент исчезна} other {# сегменти исчезнаа}}',
  'change.grown': '{count, plural, one {# сегмент порасна} other {# сегменти пораснаа}}',
  'change.shrunk': '{count, plural, one {# сегмент се намали} other {# сегменти се намалија}}',
  'change.opened': '{count, plural, one {# премин се отвори} other {# премини се отворија}}',
  'change.restricted': '{count, plural, one {# премин е ограничен} other {# премини се ограничени}}',
  'change.closed': '{count, plural, one {# премин е затворен за транзит} other {# премини се затворени за транзит}}',
  'change.fenced': '{count, plural, one {# премин е ограден} other {# премини се оградени}}',
  'change.controls': '{count, plural, one {# премин со нови контроли} other {# премини со нови контроли}}',
  'change.other': '{count, plural, one {# премин сега со непознат статус} other {# премини сега со непознат статус}}',
  'change.summaryLine': '{label}: {counts}',
  'change.within': 'Во {country}',
  'change.pair': '{from} → {to}',
  'change.unknownCountry': 'Непознато',
};
