import type { AreaCatalogue } from '../area';
import type { filters as english } from '../en/filters';

export const filters: AreaCatalogue<typeof english> = {
  'filters.label': 'Filtri',
  'filters.corridors': 'Koridor',
  'filters.modes': 'Način',
  'filters.countries': 'Država',
  'filters.sources': 'Vir',
  'filters.confidence': 'Zanesljivost',
  'filters.titleWithCount': '{title} ({count})',
  'filters.filtering': 'Filtriram sezname…',
  'filters.filtered': 'Filtrirano: {shown} od {total} odsekov.',
  'filters.clear': 'Počisti filtre',
  'filters.nothingFiltered': 'Nič ni filtrirano. Označite vrednosti, da prikažete samo te.',
  'filters.mode':
    '{mode, select, road {cesta} rail {železnica} foot {peš} boat {čoln} car {avto} bus {avtobus} taxi {taksi} mixed {mešano} unknown {ni navedeno} other {{mode}}}',
  'filters.confidenceLevel': '{level, select, high {visoka} medium {srednja} low {nizka} other {{level}}}',
};
