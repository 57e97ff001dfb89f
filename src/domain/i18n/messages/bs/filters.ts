import type { AreaCatalogue } from '../area';
import type { filters as english } from '../en/filters';

export const filters: AreaCatalogue<typeof english> = {
  'filters.label': 'Filteri',
  'filters.corridors': 'Koridor',
  'filters.modes': 'Način',
  'filters.countries': 'Država',
  'filters.sources': 'Izvor',
  'filters.confidence': 'Pouzdanost',
  'filters.titleWithCount': '{title} ({count})',
  'filters.filtering': 'Filtriranje listi…',
  'filters.filtered': 'Filtrirano: {shown} od {total} segmenata.',
  'filters.clear': 'Poništi filtere',
  'filters.nothingFiltered': 'Ništa nije filtrirano. Označite vrijednosti da prikažete samo njih.',
  'filters.mode':
    '{mode, select, road {cesta} rail {željeznica} foot {pješice} boat {čamac} car {automobil} bus {autobus} taxi {taksi} mixed {kombinovano} unknown {nije navedeno} other {{mode}}}',
  'filters.confidenceLevel': '{level, select, high {visoka} medium {srednja} low {niska} other {{level}}}',
};
