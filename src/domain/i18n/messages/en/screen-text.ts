/**
 * The last sentences the interface showed in English: the demo's and the place labels' load
 * failures (the reason is the browser's or the server's own words), the media exports' errors and
 * step, the storyboard's edge notice, what a reported series counts, and the names and units the
 * data exports (GeoJSON, CSV) give a row where the data has none.
 */
export const screenText = {
  'screenText.demoUnreadable': 'Could not read {file}: {reason}',
  'screenText.demoNotJson': '{file} is not valid JSON',
  'screenText.demoNotDataset': '{file} is not a RouteShift dataset: {problem} (rebuild it with npm run build:data)',
  'screenText.labelsUnreadable': 'Could not load {url}: {reason}',
  'screenText.labelsNotList': '{url} is not an array of labels',
  'screenText.loadingFont': 'Loading the font',
  'screenText.videoEmpty': 'The video file came out empty.',
  'screenText.storyboardEmpty': 'The storyboard has no views yet: capture a view first.',
  'screenText.noCanvas': 'This browser cannot draw on a 2D canvas.',
  'screenText.fontNotLoaded': 'the handout’s font could not be loaded ({path}: {reason})',
  'screenText.fontMissing': 'the handout’s font is not in this copy of RouteShift ({path}: HTTP {status})',
  'screenText.fontNotTrueType': 'the handout’s font {path} is not a TrueType font',
  'screenText.storyboardEdge': '{edge, select, last {Last view of the storyboard: PageDown/PageUp go no further.} other {First view of the storyboard: PageDown/PageUp go no further.}}',
  'screenText.reportedPersons': 'reported persons',
  'screenText.exportIncidentName': 'Incident of {date}',
  'screenText.exportDeadAndMissing': 'dead and missing',
  'screenText.exportSegmentUnit': '{scope, select, routeTotal {{unit} ({series}, whole route)} corridor {{unit} ({series}, the corridor\'\'s own reported figure)} other {{unit} ({series})}}',
  'screenText.exportRouteContext': 'route context, no figure',
  'screenText.exportStatusUnit': '{endUnknown, select, yes {status in {month} (end unknown: not confirmed that month)} other {status in {month}}}',
  'screenText.changeClass': '{change, select, new {New} vanished {Vanished (dashed)} grown {Grown} shrunk {Shrunk} other {Unchanged}}',
  'screenText.thisPresentationFile': 'this presentation file',
  'screenText.noData': 'No data',
} as const;
