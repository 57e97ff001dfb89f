import type { AreaCatalogue } from '../area';
import type { change as english } from '../en/change';

export const change: AreaCatalogue<typeof english> = {
  'change.new': '{count, plural, one {# segmento nuovo} other {# segmenti nuovi}}',
  'change.vanished': '{count, plural, one {# segmento scomparso} other {# segmenti scomparsi}}',
  'change.grown': '{count, plural, one {# segmento in crescita} other {# segmenti in crescita}}',
  'change.shrunk': '{count, plural, one {# segmento in calo} other {# segmenti in calo}}',
  'change.opened': '{count, plural, one {# valico aperto} other {# valichi aperti}}',
  'change.restricted': '{count, plural, one {# valico limitato} other {# valichi limitati}}',
  'change.closed': '{count, plural, one {# valico chiuso al transito} other {# valichi chiusi al transito}}',
  'change.fenced': '{count, plural, one {# valico recintato} other {# valichi recintati}}',
  'change.controls': '{count, plural, one {# valico con nuovi controlli} other {# valichi con nuovi controlli}}',
  'change.other': '{count, plural, one {# valico ora con stato sconosciuto} other {# valichi ora con stato sconosciuto}}',
  'change.summaryLine': '{label}: {counts}',
  'change.within': 'All’interno di {country}',
  'change.pair': '{from} → {to}',
  'change.unknownCountry': 'Sconosciuto',
};
