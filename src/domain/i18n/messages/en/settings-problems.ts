/** What a link, a storyboard view, a workspace or a project's settings could not use: one sentence per problem (listed in the link and settings notices). */
export const settingsProblems = {
  'settings.unknownLinkVersion': 'link version "{version}" is not known',
  'settings.notAMonth': 'month "{value}" is not a month (YYYY-MM)',
  'settings.unknownLayers': '{count, plural, one {unknown layer: {layers}} other {unknown layers: {layers}}}',
  'settings.badTimeWindow': 'time window "{value}" is not range:YYYY-MM or since:YYYY-MM',
  'settings.badTrail': 'trail "{value}" is not 1 or 0',
  'settings.badComparison': 'comparison "{value}" is not prev or YYYY-MM',
  'settings.badSideBySideMonth': 'side-by-side month "{value}" is not YYYY-MM',
  'settings.badChart': 'chart "{value}" is not detections, share, yoy or unhcr',
  'settings.badMapPosition': 'map position "{value}" is not lon,lat,zoom',
  'settings.badSelection': 'selection "{value}" is not understood',
  'settings.unknownFilter': 'unknown filter "{key}"',
  'settings.badConfidence': 'confidence "{values}" is not high, medium or low',
  'settings.monthOutside': '{what, select, windowStart {window start {month} is outside the data ({from} to {to}); the nearest month is shown} comparison {comparison month {month} is outside the data ({from} to {to}); the nearest month is shown} sideBySide {side-by-side month {month} is outside the data ({from} to {to}); the nearest month is shown} other {month {month} is outside the data ({from} to {to}); the nearest month is shown}}',
  'settings.selectionMissing': 'no {kind} "{id}" in the data',
  'settings.unknownLanguage': 'unknown language: {language}',
  'settings.viewProblems': 'View "{title}": {problems}.',
} as const;
