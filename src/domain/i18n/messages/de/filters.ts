import type { AreaCatalogue } from '../area';
import type { filters as english } from '../en/filters';

export const filters: AreaCatalogue<typeof english> = {
  'filters.label': 'Filter',
  'filters.corridors': 'Korridor',
  'filters.modes': 'Fortbewegungsart',
  'filters.countries': 'Staat',
  'filters.sources': 'Quelle',
  'filters.confidence': 'Verlässlichkeit',
  'filters.titleWithCount': '{title} ({count})',
  'filters.filtering': 'Listen werden gefiltert …',
  'filters.filtered': 'Gefiltert: {shown} von {total} Abschnitten.',
  'filters.clear': 'Filter zurücksetzen',
  'filters.nothingFiltered': 'Nichts gefiltert. Wählen Sie Werte aus, um nur diese anzuzeigen.',
  'filters.mode': '{mode, select, road {Straße} rail {Bahn} foot {zu Fuß} boat {Boot} car {Auto} bus {Bus} taxi {Taxi} mixed {gemischt} unknown {nicht angegeben} other {{mode}}}',
  'filters.confidenceLevel': '{level, select, high {hoch} medium {mittel} low {niedrig} other {{level}}}',
};
