/** What the import report says about a whole file (src/data/import, written in the import worker; the size notice on the main thread): why it could not be read, or a note about how it was read. */
export const importFile = {
  'importFile.commentLinesSkipped': '{count, plural, one {# comment line (starting with {hash}) above the header skipped} other {# comment lines (starting with {hash}) above the header skipped}}',
  'importFile.noHeaderRow': 'the file is empty: no header row',
  'importFile.noDataRows': 'the file has a header row but no data rows',
  'importFile.unreadable': 'the file could not be read',
  'importFile.tooLarge': 'the file is {size}; RouteShift imports files up to {limit}: split it into smaller files',
  'importFile.tooLargeNotice': '{file} is {size}; RouteShift imports files up to {limit}. Split it into smaller files.',
  'importFile.emptyBytes': 'the file is empty (0 bytes)',
  'importFile.onlyBlank': 'the file is empty (only spaces or blank lines)',
  'importFile.internalError': 'RouteShift could not read this file (internal error: {message}); nothing was imported from it',
  'importFile.workerStopped': 'The import worker stopped',
} as const;
