import type { AreaCatalogue } from '../area';
import type { change as english } from '../en/change';

export const change: AreaCatalogue<typeof english> = {
  'change.new': '{count, plural, one {# novi segment} few {# nova segmenta} other {# novih segmenata}}',
  'change.vanished': '{count, plural, one {# segment nestao} few {# segmenta nestala} other {# segmenata nestalo}}',
  'change.grown': '{count, plural, one {# segment porastao} few {# segmenta porasla} other {# segmenata poraslo}}',
  'change.shrunk': '{count, plural, one {# segment smanjen} few {# segmenta smanjena} other {# segmenata smanjeno}}',
  'change.opened': '{count, plural, one {# prijelaz otvoren} few {# prijelaza otvorena} other {# prijelaza otvoreno}}',
  'change.restricted': '{count, plural, one {# prijelaz ograničen} few {# prijelaza ograničena} other {# prijelaza ograničeno}}',
  'change.closed':
    '{count, plural, one {# prijelaz zatvoren za tranzit} few {# prijelaza zatvorena za tranzit} other {# prijelaza zatvoreno za tranzit}}',
  'change.fenced': '{count, plural, one {# prijelaz ograđen} few {# prijelaza ograđena} other {# prijelaza ograđeno}}',
  'change.controls':
    '{count, plural, one {# prijelaz s novim kontrolama} few {# prijelaza s novim kontrolama} other {# prijelaza s novim kontrolama}}',
  'change.other':
    '{count, plural, one {# prijelaz sada nepoznatog statusa} few {# prijelaza sada nepoznatog statusa} other {# prijelaza sada nepoznatog statusa}}',
  'change.summaryLine': '{label}: {counts}',
  'change.within': 'Unutar države {country}',
  'change.pair': '{from} → {to}',
  'change.unknownCountry': 'Nepoznato',
};
