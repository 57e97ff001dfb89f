/** Source lists and the sources and licences panel. Titles, publishers, licences and URLs are data. */
export const sources = {
  'sources.heading': 'Sources',
  'sources.weak': 'weak source',
  'sources.notListed': 'not listed in the dataset',
  'sources.title': 'Sources and licences',
  'sources.close': 'Close sources',
  'sources.dataAsOf': '{name}. Data as of {date}; months {from} to {to}.',
  'sources.datasets': 'Datasets',
  'sources.dataDate': 'Data date: {date}.',
  'sources.notStated': 'not stated',
  'sources.licence': 'Licence / terms: {licence}',
  'sources.naturalEarth': 'Natural Earth 1:50m countries, land borders, rivers and lakes; populated places 1:10m and 1:50m. Public domain.',
  'sources.references': 'Cited references ({count})',
  'sources.referencesNote': "Corridors, places, events and prices come from the project's routes reference, each fact with these citation keys.",
  'sources.citedAsReference': 'cited as a reference (facts and a link; no content copied)',
  'sources.quality': '{quality, select, primary {primary} secondary {secondary} weak {weak} dataset {dataset} other {{quality}}}',
} as const;
