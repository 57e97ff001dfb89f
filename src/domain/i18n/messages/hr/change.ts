import type { AreaCatalogue } from '../area';
import type { change as english } from '../en/change';

export const change: AreaCatalogue<typeof english> = {
  'change.new': '{count, plural, one {# novi segment} few {# nova segmenta} other {# novih segmenata}}',
  'change.vanished': '{count, plural, one {# nestali segment} few {# nestala segmenta} other {# nestalih segmenata}}',
  'change.grown': '{count, plural, one {# povećani segment} few {# povećana segmenta} other {# povećanih segmenata}}',
  'change.shrunk': '{count, plural, one {# smanjeni segment} few {# smanjena segmenta} other {# smanjenih segmenata}}',
  'change.opened': '{count, plural, one {# otvoreni prijelaz} few {# otvorena prijelaza} other {# otvorenih prijelaza}}',
  'change.restricted': '{count, plural, one {# ograničeni prijelaz} few {# ograničena prijelaza} other {# ograničenih prijelaza}}',
  'change.closed':
    '{count, plural, one {# prijelaz zatvoren za tranzit} few {# prijelaza zatvorena za tranzit} other {# prijelaza zatvorenih za tranzit}}',
  'change.fenced': '{count, plural, one {# ograđeni prijelaz} few {# ograđena prijelaza} other {# ograđenih prijelaza}}',
  'change.controls':
    '{count, plural, one {# prijelaz s novim kontrolama} few {# prijelaza s novim kontrolama} other {# prijelaza s novim kontrolama}}',
  'change.other':
    '{count, plural, one {# prijelaz sada nepoznatog statusa} few {# prijelaza sada nepoznatog statusa} other {# prijelaza sada nepoznatog statusa}}',
  'change.summaryLine': '{label}: {counts}',
  'change.within': 'Unutar države {country}',
  'change.pair': '{from} → {to}',
  'change.unknownCountry': 'Nepoznato',
};
