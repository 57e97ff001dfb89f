import type { AreaCatalogue } from '../area';
import type { change as english } from '../en/change';

export const change: AreaCatalogue<typeof english> = {
  'change.new': '{count, plural, one {# novi segment} few {# nova segmenta} other {# novih segmenata}}',
  'change.vanished': '{count, plural, one {# segment je nestao} few {# segmenta su nestala} other {# segmenata je nestalo}}',
  'change.grown': '{count, plural, one {# segment je porastao} few {# segmenta su porasla} other {# segmenata je poraslo}}',
  'change.shrunk': '{count, plural, one {# segment se smanjio} few {# segmenta su se smanjila} other {# segmenata se smanjilo}}',
  'change.opened': '{count, plural, one {# prelaz otvoren} few {# prelaza otvorena} other {# prelaza otvoreno}}',
  'change.restricted': '{count, plural, one {# prelaz ograničen} few {# prelaza ograničena} other {# prelaza ograničeno}}',
  'change.closed':
    '{count, plural, one {# prelaz zatvoren za tranzit} few {# prelaza zatvorena za tranzit} other {# prelaza zatvoreno za tranzit}}',
  'change.fenced': '{count, plural, one {# prelaz ograđen} few {# prelaza ograđena} other {# prelaza ograđeno}}',
  'change.controls':
    '{count, plural, one {# prelaz sa novim kontrolama} few {# prelaza sa novim kontrolama} other {# prelaza sa novim kontrolama}}',
  'change.other':
    '{count, plural, one {# prelaz sada nepoznatog statusa} few {# prelaza sada nepoznatog statusa} other {# prelaza sada nepoznatog statusa}}',
  'change.summaryLine': '{label}: {counts}',
  'change.within': 'Unutar države: {country}',
  'change.pair': '{from} → {to}',
  'change.unknownCountry': 'Nepoznato',
};
