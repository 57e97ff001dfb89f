/** The presenter over the map: its position badge, exit, blank screen, sources line, legend label and notices. View texts are the user's. */
export const presenter = {
  'presenter.position': '{position} / {count}',
  'presenter.label': 'Presentation, view {position} / {count}',
  'presenter.exit': 'Leave the presentation (Esc)',
  'presenter.blanked': 'Screen blanked; press B to show it again',
  'presenter.sources': 'Sources: ',
  'presenter.legend': 'Legend',
  'presenter.fullscreenLeft': 'The browser left full screen to open the speaker window. Press F here to present full screen again.',
} as const;
