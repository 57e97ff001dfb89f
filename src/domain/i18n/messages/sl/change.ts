import type { AreaCatalogue } from '../area';
import type { change as english } from '../en/change';

export const change: AreaCatalogue<typeof english> = {
  'change.new': '{count, plural, one {# nov odsek} two {# nova odseka} few {# novi odseki} other {# novih odsekov}}',
  'change.vanished':
    '{count, plural, one {# izginuli odsek} two {# izginula odseka} few {# izginuli odseki} other {# izginulih odsekov}}',
  'change.grown':
    '{count, plural, one {# povečan odsek} two {# povečana odseka} few {# povečani odseki} other {# povečanih odsekov}}',
  'change.shrunk':
    '{count, plural, one {# zmanjšan odsek} two {# zmanjšana odseka} few {# zmanjšani odseki} other {# zmanjšanih odsekov}}',
  'change.opened':
    '{count, plural, one {# odprt prehod} two {# odprta prehoda} few {# odprti prehodi} other {# odprtih prehodov}}',
  'change.restricted':
    '{count, plural, one {# omejen prehod} two {# omejena prehoda} few {# omejeni prehodi} other {# omejenih prehodov}}',
  'change.closed':
    '{count, plural, one {# prehod zaprt za tranzit} two {# prehoda zaprta za tranzit} few {# prehodi zaprti za tranzit} other {# prehodov zaprtih za tranzit}}',
  'change.fenced':
    '{count, plural, one {# ograjen prehod} two {# ograjena prehoda} few {# ograjeni prehodi} other {# ograjenih prehodov}}',
  'change.controls':
    '{count, plural, one {# prehod z novimi kontrolami} two {# prehoda z novimi kontrolami} few {# prehodi z novimi kontrolami} other {# prehodov z novimi kontrolami}}',
  'change.other':
    '{count, plural, one {# prehod, katerega stanje je zdaj neznano} two {# prehoda, katerih stanje je zdaj neznano} few {# prehodi, katerih stanje je zdaj neznano} other {# prehodov, katerih stanje je zdaj neznano}}',
  'change.summaryLine': '{label}: {counts}',
  'change.within': 'Znotraj države {country}',
  'change.pair': '{from} → {to}',
  'change.unknownCountry': 'Neznano',
};
