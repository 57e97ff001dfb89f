/**
 * One command registry ({id, label, keys, run}) shared by shortcuts, buttons and the "?" overlay,
 * so what the overlay lists is exactly what the keys do, and a button (CommandButton, e.g. the
 * side panel's) says the same key and does the same thing.
 */
import type { AppState } from '../../state/store';
import { LAYER_IDS, LAYER_LABELS } from '../../domain/layers';
import { PLAY_SPEEDS } from '../../state/slices/time-slice';
import { savePresentation } from '../presentation-file/save-presentation-lazy';
import { openSpeakerWindow, returnToFullscreen } from '../speaker/open-speaker-window';
import { keyLabel, PRESENTER_KEYS } from './keys';

export { keyLabel, keyString } from './keys';

export interface Command {
  id: string;
  label: string;
  /** Key strings as produced by `keyString`, e.g. 'ArrowRight', 'Shift+ArrowRight', 'Space', '?'. */
  keys: string[];
  group: 'Time' | 'Map' | 'Panels' | 'Presenter';
  run: (state: AppState) => void;
  /** When the command applies; absent = the normal map screen. Presenter keys replace the others while presenting. */
  when?: CommandContext;
  /** The command's short name on a button, where `label` (the "?" overlay's) says it in full. */
  button?: string;
}

export type CommandContext = 'normal' | 'presenting';

/** The context the keyboard is in now. */
export function commandContext(state: Pick<AppState, 'presenting'>): CommandContext {
  return state.presenting ? 'presenting' : 'normal';
}

export function buildCommands(): Command[] {
  const speedStep = (state: AppState, delta: number) => {
    const i = PLAY_SPEEDS.indexOf(state.speed);
    const next = PLAY_SPEEDS[Math.min(PLAY_SPEEDS.length - 1, Math.max(0, i + delta))];
    if (next !== undefined) state.setSpeed(next);
  };
  return [
    { id: 'month.previous', label: 'Previous month', keys: ['ArrowLeft'], group: 'Time', run: (s) => s.stepMonth(-1) },
    { id: 'month.next', label: 'Next month', keys: ['ArrowRight'], group: 'Time', run: (s) => s.stepMonth(1) },
    { id: 'year.previous', label: 'One year back', keys: ['Shift+ArrowLeft'], group: 'Time', run: (s) => s.stepMonth(-12) },
    { id: 'year.next', label: 'One year forward', keys: ['Shift+ArrowRight'], group: 'Time', run: (s) => s.stepMonth(12) },
    // A clicker's keys mean what they mean in the presenter: PageDown is always forward.
    { id: 'clicker.next', label: 'Next view of the storyboard (or next month when there is no storyboard)', keys: ['PageDown'], group: 'Time', run: (s) => clickerStep(s, 1) },
    { id: 'clicker.previous', label: 'Previous view of the storyboard (or previous month when there is no storyboard)', keys: ['PageUp'], group: 'Time', run: (s) => clickerStep(s, -1) },
    { id: 'month.first', label: 'First month of the data', keys: ['Home'], group: 'Time', run: (s) => s.goToEdge('first') },
    { id: 'month.last', label: 'Last month of the data', keys: ['End'], group: 'Time', run: (s) => s.goToEdge('last') },
    { id: 'play.toggle', label: 'Play / pause', keys: ['Space'], group: 'Time', run: (s) => s.togglePlay() },
    { id: 'window.cycle', label: 'Time window: month → range → since a start', keys: ['w'], group: 'Time', run: (s) => s.cycleWindowMode() },
    { id: 'compare.toggle', label: 'Compare with the month before (change view)', keys: ['x'], group: 'Time', run: (s) => s.toggleCompare() },
    { id: 'swipe.toggle', label: 'Two periods side by side (swipe)', keys: ['v'], group: 'Time', run: (s) => s.toggleSwipe() },
    { id: 'trail.toggle', label: 'Trail: fade out the previous months', keys: ['f'], group: 'Time', run: (s) => s.toggleTrail() },
    { id: 'speed.down', label: 'Slower playback', keys: ['['], group: 'Time', run: (s) => speedStep(s, -1) },
    { id: 'speed.up', label: 'Faster playback', keys: [']'], group: 'Time', run: (s) => speedStep(s, 1) },
    ...LAYER_IDS.map((id, i) => ({
      id: `layer.${id}`,
      label: `Show / hide ${LAYER_LABELS[id].toLowerCase()}`,
      keys: [String(i + 1)],
      group: 'Map' as const,
      run: (s: AppState) => s.toggleLayer(id),
    })),
    { id: 'flow.toggle', label: 'Flow animation on / off', keys: ['a'], group: 'Map', run: (s) => s.toggleFlowAnimation() },
    { id: 'theme.toggle', label: 'Light / dark map', button: 'Dark map', keys: ['t'], group: 'Map', run: (s) => s.toggleTheme() },
    {
      id: 'escape',
      label: 'Close panel / clear selection',
      keys: ['Escape'],
      group: 'Panels',
      run: (s) => {
        if (s.importReports) s.setImportReports(null);
        else if (s.overlay) s.setOverlay(null);
        else if (s.openEventId) s.openEvent(null);
        else s.select(null);
      },
    },
    { id: 'sources.toggle', label: 'Sources and licences', button: 'Sources & licences', keys: ['s'], group: 'Panels', run: (s) => s.setOverlay(s.overlay === 'sources' ? null : 'sources') },
    { id: 'charts.toggle', label: 'Charts: Balkan vs Mediterranean routes', button: 'Charts', keys: ['c'], group: 'Panels', run: (s) => s.setOverlay(s.overlay === 'charts' ? null : 'charts') },
    { id: 'shortcuts.toggle', label: 'Keyboard shortcuts', button: 'Shortcuts', keys: ['?'], group: 'Panels', run: (s) => s.setOverlay(s.overlay === 'shortcuts' ? null : 'shortcuts') },
    { id: 'presentation.save', label: 'Save presentation file… (one HTML file, opens offline in the presenter)', button: 'Save presentation file…', keys: [], group: 'Panels', run: () => savePresentation() },
    { id: 'present.start', label: 'Present the storyboard', button: 'Present', keys: ['p'], group: 'Panels', run: (s) => s.startPresenting(0) },
    { id: 'speaker.open', label: SPEAKER_WINDOW_LABEL, button: 'Speaker window', keys: ['n'], group: 'Panels', run: (s) => openSpeakerWindow(s) },
    ...presenterCommands(),
  ];
}

/**
 * PageDown/PageUp outside the presenter: a storyboard with views counts as open (folding the side
 * panel's Storyboard section hides the list, it does not close the storyboard, so the clicker does
 * not change meaning with it): they step its views from the one last presented or applied; with no
 * storyboard they step one month. Never a year, never backwards on PageDown.
 */
function clickerStep(s: AppState, delta: 1 | -1) {
  if (s.storyboard.length > 0) s.stepView(delta);
  else s.stepMonth(delta);
}

const SPEAKER_WINDOW_LABEL =
  "Speaker window: current and next view, speaker notes, elapsed time; the clicker keys work in it too (notes are never shown on the audience's screen)";

/** The keys presentation clickers send (PageDown/PageUp, arrows, space, B or . to blank): the speaker window reads the same lists. */
function presenterCommands(): Command[] {
  const when = 'presenting' as const;
  const group = 'Presenter' as const;
  return [
    { id: 'present.next', label: 'Next view', keys: [...PRESENTER_KEYS.next], group, when, run: (s) => s.presentStep(1) },
    { id: 'present.previous', label: 'Previous view', keys: [...PRESENTER_KEYS.previous], group, when, run: (s) => s.presentStep(-1) },
    { id: 'present.first', label: 'First view', keys: [...PRESENTER_KEYS.first], group, when, run: (s) => s.presentGoTo(0) },
    { id: 'present.last', label: 'Last view', keys: [...PRESENTER_KEYS.last], group, when, run: (s) => s.presentGoTo(s.storyboard.length - 1) },
    { id: 'present.blank', label: 'Blank (black) screen / back', keys: [...PRESENTER_KEYS.blank], group, when, run: (s) => s.toggleBlank() },
    {
      id: 'present.exit',
      label: 'Leave the presentation (or close the shortcuts)',
      keys: ['Escape'],
      group,
      when,
      run: (s) => (s.overlay ? s.setOverlay(null) : s.stopPresenting()),
    },
    { id: 'present.speaker', label: SPEAKER_WINDOW_LABEL, button: 'Speaker window', keys: ['n'], group, when, run: (s) => openSpeakerWindow(s) },
    { id: 'present.fullscreen', label: 'Full screen again (opening the speaker window leaves it)', keys: ['f'], group, when, run: () => returnToFullscreen() },
    { id: 'present.overlays', label: 'Hide / show caption, position and legend (the view is framed again)', keys: ['h'], group, when, run: (s) => s.toggleOverlays() },
    { id: 'present.shortcuts', label: 'Keyboard shortcuts', keys: ['?'], group, when, run: (s) => s.setOverlay(s.overlay === 'shortcuts' ? null : 'shortcuts') },
  ];
}

export function findCommand(commands: Command[], key: string | null, context: CommandContext = 'normal'): Command | undefined {
  if (!key) return undefined;
  return commands.find((c) => (c.when ?? 'normal') === context && c.keys.includes(key));
}

/** The command with this id: a button names the command it runs. */
export function commandById(commands: Command[], id: string): Command {
  const command = commands.find((c) => c.id === id);
  if (!command) throw new Error(`No command "${id}" in the registry`);
  return command;
}

/** The key a button shows for its command: the first one, a letter in capitals as on the keyboard. */
export function buttonKeyLabel(command: Command): string | null {
  const key = command.keys[0];
  if (key === undefined) return null;
  return key.length === 1 ? key.toUpperCase() : keyLabel(key);
}

