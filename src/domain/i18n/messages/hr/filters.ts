import type { AreaCatalogue } from '../area';
import type { filters as english } from '../en/filters';

export const filters: AreaCatalogue<typeof english> = {
  'filters.label': 'Filtri',
  'filters.corridors': 'Koridor',
  'filters.modes': 'Način',
  'filters.countries': 'Država',
  'filters.sources': 'Izvor',
  'filters.confidence': 'Pouzdanost',
  'filters.titleWithCount': '{title} ({count})',
  'filters.filtering': 'Filtriranje popisa…',
  'filters.filtered': 'Filtrirano: {shown} od {total} segmenata.',
  'filters.clear': 'Poništi filtre',
  'filters.nothingFiltered': 'Ništa nije filtrirano. Označite vrijednosti da biste prikazali samo njih.',
  'filters.mode':
    '{mode, select, road {cesta} rail {željeznica} foot {pješice} boat {čamac} car {automobil} bus {autobus} taxi {taksi} mixed {mješovito} unknown {nije navedeno} other {{mode}}}',
  'filters.confidenceLevel': '{level, select, high {visoka} medium {srednja} low {niska} other {{level}}}',
};
