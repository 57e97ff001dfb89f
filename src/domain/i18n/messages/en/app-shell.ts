/** The composition root: header, start-up states, side-panel sections, workspace storage and link notices. */
// The file is not app.ts: the import-direction lint reads './app' as src/app.
export const appShell = {
  'app.tagline': 'Balkan and Mediterranean routes, month by month',
  'app.loadingDemo': 'Loading the demo data…',
  'app.demoLoadFailed': 'The demo data could not be loaded. {reason}',
  'app.loadingCharts': 'Loading charts…',
  'app.loading': 'Loading…',
  'app.placeLabelsFailed': 'Place labels could not be loaded: {reason}',
  'app.sidePanel': 'Data, layers and legend',
  'app.sectionFilters': 'Filters',
  'app.sectionLayers': 'Layers',
  'app.sectionLegend': 'Legend',
  'app.sectionStoryboard': 'Storyboard',
  'app.sectionBriefing': 'Briefing',
  'app.savePresentationHint': 'One HTML file with the storyboard and data, for a PC with no network',
  'app.linkProblems': 'Part of the link could not be used as it was ({problems}); the rest of the link is shown.',
  'app.workspaceNotSaved': 'Your workspace could not be saved in this browser: {reason}',
  'app.settingsNotSaved': 'Your settings could not be saved in this browser: {reason}',
  'app.datasetNotSaved': 'Dataset "{name}" could not be saved in this browser: {reason}',
  'app.removalNotSaved': 'The removal of a dataset could not be saved in this browser: {reason}',
  'app.workspaceUnreadable': 'The saved workspace could not be read: {reason}. It was left as it is.',
} as const;
