import type { AreaCatalogue } from '../area';
import type { filters as english } from '../en/filters';

export const filters: AreaCatalogue<typeof english> = {
  'filters.label': 'Filteri',
  'filters.corridors': 'Koridor',
  'filters.modes': 'Način prevoza',
  'filters.countries': 'Država',
  'filters.sources': 'Izvor',
  'filters.confidence': 'Pouzdanost',
  'filters.titleWithCount': '{title} ({count})',
  'filters.filtering': 'Filtriranje spiskova…',
  'filters.filtered': 'Filtrirano: {shown} od {total} segmenata.',
  'filters.clear': 'Obriši filtere',
  'filters.nothingFiltered': 'Ništa nije filtrirano. Označite vrednosti da biste prikazali samo njih.',
  'filters.mode':
    '{mode, select, road {drumski} rail {železnica} foot {pešice} boat {čamac} car {automobil} bus {autobus} taxi {taksi} mixed {kombinovano} unknown {nije navedeno} other {{mode}}}',
  'filters.confidenceLevel': '{level, select, high {visoka} medium {srednja} low {niska} other {{level}}}',
};
