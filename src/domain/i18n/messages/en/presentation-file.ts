/** The saved presentation file: saving it (notices, errors), its page title, and its read-only notes. The file's title is the first view's, as typed. */
export const presentationFile = {
  'presentationFile.alreadyFile': 'This is a saved presentation file already: open the app to make a new one.',
  'presentationFile.failed': 'The presentation file could not be made: {reason}',
  'presentationFile.pageMissing':
    'The presentation file could not be made: {page} could not be read from this app ({reason}). It exists only in a built app (npm run build).',
  'presentationFile.saved':
    'Saved {fileName} ({size}, {views, plural, one {# view} other {# views}}): it opens in any browser, without network, straight into the presenter.',
  'presentationFile.savedEmpty': 'Saved {fileName} ({size}) with no storyboard views: it shows the map read-only. Capture views first to present them.',
  'presentationFile.defaultTitle': 'RouteShift presentation',
  'presentationFile.pageTitle': '{title} — RouteShift',
  'presentationFile.label': 'Presentation file',
  'presentationFile.readOnly': 'A saved presentation file: read-only, nothing is stored in this browser.',
  'presentationFile.present': 'Present {views, plural, one {# view} other {# views}}',
  'presentationFile.noViews':
    'This presentation file has no storyboard views, so the map is shown read-only. To present, capture views in RouteShift and save the presentation file again.',
  'presentationFile.notJson': 'The presentation data in this file is not valid JSON ({reason}).',
  'presentationFile.notReadable': 'The presentation data in this file is not readable: {problems}.',
} as const;
