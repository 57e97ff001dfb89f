/** The filter panel. Corridor, country and source names are data; modes and confidence are the format's words. */
export const filters = {
  'filters.label': 'Filters',
  'filters.corridors': 'Corridor',
  'filters.modes': 'Mode',
  'filters.countries': 'Country',
  'filters.sources': 'Source',
  'filters.confidence': 'Confidence',
  'filters.titleWithCount': '{title} ({count})',
  'filters.filtering': 'Filtering the lists…',
  'filters.filtered': 'Filtered: {shown} of {total} segments.',
  'filters.clear': 'Clear filters',
  'filters.nothingFiltered': 'Nothing filtered. Tick values to show only those.',
  'filters.mode': '{mode, select, road {road} rail {rail} foot {foot} boat {boat} car {car} bus {bus} taxi {taxi} mixed {mixed} unknown {not stated} other {{mode}}}',
  'filters.confidenceLevel': '{level, select, high {high} medium {medium} low {low} other {{level}}}',
} as const;
