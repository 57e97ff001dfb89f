import type { AreaCatalogue } from '../area';
import type { filters as english } from '../en/filters';

export const filters: AreaCatalogue<typeof english> = {
  'filters.label': 'Filtri',
  'filters.corridors': 'Corridoio',
  'filters.modes': 'Modalità',
  'filters.countries': 'Paese',
  'filters.sources': 'Fonte',
  'filters.confidence': 'Affidabilità',
  'filters.titleWithCount': '{title} ({count})',
  'filters.filtering': 'Filtraggio degli elenchi…',
  'filters.filtered': 'Filtrati: {shown} di {total} segmenti.',
  'filters.clear': 'Cancella i filtri',
  'filters.nothingFiltered': 'Nessun filtro attivo. Seleziona dei valori per mostrare solo quelli.',
  'filters.mode': '{mode, select, road {strada} rail {ferrovia} foot {a piedi} boat {barca} car {auto} bus {autobus} taxi {taxi} mixed {misto} unknown {non indicata} other {{mode}}}',
  'filters.confidenceLevel': '{level, select, high {alta} medium {media} low {bassa} other {{level}}}',
};
