/**
 * The last sentences the interface showed in English: the demo's and the place labels' load
 * failures (the reason is the browser's or the server's own words), the media exports' errors and
 * step, and the storyboard's edge notice.
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
} as const;
