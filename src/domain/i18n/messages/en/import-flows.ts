/** What the import report says about a flow row (src/data/import: route flows by month, FlowmapBlue origin–destination sheets). Route, place and column names from the file are arguments. */
export const importFlows = {
  'importFlows.routeEmpty': 'the route name is empty',
  'importFlows.needsMonth': 'a monthly value needs a month, found the year \'\'{year}\'\'',
  'importFlows.secondValue': 'a second value for \'\'{route}\'\' in {month} (first at line {line})',
  'importFlows.totalOnly': 'no time column: the count is a total for an unknown period',
  'importFlows.totalShown': 'shown in every month, the total in the notes (not spread over months)',
  'importFlows.endEmpty': '{role, select, origin {the origin is empty} other {the dest is empty}}',
  'importFlows.unknownLocation': '{role, select, origin {origin \'\'{key}\'\' is not among the locations in {files}} other {dest \'\'{key}\'\' is not among the locations in {files}}}',
  'importFlows.samePlace': 'origin and dest are the same location \'\'{id}\'\': a flow within one place has no line to draw',
  'importFlows.countEmpty': 'the count is empty',
  'importFlows.secondCount': 'a second count for {origin} → {dest} (first at line {line}); values are never summed',
  'importFlows.secondMonth': 'a second value in {month} for {origin} → {dest} (first at line {line}); values are never summed',
} as const;
