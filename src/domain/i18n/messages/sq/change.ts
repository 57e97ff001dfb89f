import type { AreaCatalogue } from '../area';
import type { change as english } from '../en/change';

export const change: AreaCatalogue<typeof english> = {
  'change.new': '{count, plural, one {# segment i ri} other {# segmente të reja}}',
  'change.vanished': '{count, plural, one {# segment u zhduk} other {# segmente u zhdukën}}',
  'change.grown': '{count, plural, one {# segment u rrit} other {# segmente u rritën}}',
  'change.shrunk': '{count, plural, one {# segment u zvogëlua} other {# segmente u zvogëluan}}',
  'change.opened': '{count, plural, one {# pikë kalimi u hap} other {# pika kalimi u hapën}}',
  'change.restricted': '{count, plural, one {# pikë kalimi u kufizua} other {# pika kalimi u kufizuan}}',
  'change.closed': '{count, plural, one {# pikë kalimi u mbyll për tranzit} other {# pika kalimi u mbyllën për tranzit}}',
  'change.fenced': '{count, plural, one {# pikë kalimi u rrethua me gardh} other {# pika kalimi u rrethuan me gardh}}',
  'change.controls': '{count, plural, one {# pikë kalimi me kontrolle të reja} other {# pika kalimi me kontrolle të reja}}',
  'change.other': '{count, plural, one {# pikë kalimi tani me status të panjohur} other {# pika kalimi tani me status të panjohur}}',
  'change.summaryLine': '{label}: {counts}',
  'change.within': 'Brenda shtetit {country}',
  'change.pair': '{from} → {to}',
  'change.unknownCountry': 'I panjohur',
};
