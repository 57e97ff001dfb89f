/** Briefing settings (theme, marking line, presenter options) and the marking strip's label. The marking text itself is the user's. */
export const briefing = {
  'briefing.theme': 'Theme',
  'briefing.marking': 'Marking line',
  'briefing.markingPlaceholder': 'e.g. OFFICIAL — for briefing use only',
  'briefing.markingHint': 'Shown at the top and bottom of the screen and on every export. Empty = none.',
  'briefing.playBetween': 'Play the months between two views',
  'briefing.autoAdvance': 'Auto-advance',
  'briefing.autoAdvanceOff': 'Off (clicker or keys)',
  'briefing.autoAdvanceEvery': 'Every {seconds} s',
  'briefing.markingLabel': 'Marking',
} as const;
