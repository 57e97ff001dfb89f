/** The change summary between two months (src/domain/change.ts): counts by kind of change, country pairs. Country names come from Intl in other languages. */
export const change = {
  'change.new': '{count, plural, one {# new segment} other {# new segments}}',
  'change.vanished': '{count, plural, one {# segment vanished} other {# segments vanished}}',
  'change.grown': '{count, plural, one {# segment grown} other {# segments grown}}',
  'change.shrunk': '{count, plural, one {# segment shrunk} other {# segments shrunk}}',
  'change.opened': '{count, plural, one {# crossing opened} other {# crossings opened}}',
  'change.restricted': '{count, plural, one {# crossing restricted} other {# crossings restricted}}',
  'change.closed': '{count, plural, one {# crossing closed for transit} other {# crossings closed for transit}}',
  'change.fenced': '{count, plural, one {# crossing fenced} other {# crossings fenced}}',
  'change.controls': '{count, plural, one {# crossing with new controls} other {# crossings with new controls}}',
  'change.other': '{count, plural, one {# crossing now of unknown status} other {# crossings now of unknown status}}',
  'change.summaryLine': '{label}: {counts}',
  'change.within': 'Within {country}',
  'change.pair': '{from} → {to}',
  'change.unknownCountry': 'Unknown',
} as const;
