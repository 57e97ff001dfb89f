/**
 * One command registry ({id, label, keys, run}) shared by shortcuts, buttons and the "?" overlay,
 * so what the overlay lists is exactly what the keys do, and a button (CommandButton, e.g. the
 * side panel's) says the same key and does the same thing.
 */
import type { AppState } from '../../state/store';
import { t, type MessageKey } from '../../domain/i18n';
import { LAYER_IDS, type LayerId } from '../../domain/layers';
import { PLAY_SPEEDS } from '../../state/slices/time-slice';
import { savePresentation } from '../presentation-file/save-presentation-lazy';
import { openSpeakerWindow, returnToFullscreen } from '../speaker/open-speaker-window';
import { keyLabel, PRESENTER_KEYS } from './keys';

export { keyLabel, keyString } from './keys';

export interface Command {
  id: string;
  /** In the active language, read when shown (a getter): a language change needs no new registry. */
  readonly label: string;
  /** Key strings as produced by `keyString`, e.g. 'ArrowRight', 'Shift+ArrowRight', 'Space', '?'. */
  keys: string[];
  group: 'Time' | 'Map' | 'Panels' | 'Presenter';
  run: (state: AppState) => void;
  /** When the command applies; absent = the normal map screen. Presenter keys replace the others while presenting. */
  when?: CommandContext;
  /** The command's short name on a button, where `label` (the "?" overlay's) says it in full. */
  readonly button?: string;
}

export type CommandGroup = Command['group'];

/** The overlay's heading of each group. */
export const GROUP_KEYS: Record<CommandGroup, MessageKey> = {
  Time: 'commands.groupTime',
  Map: 'commands.groupMap',
  Panels: 'commands.groupPanels',
  Presenter: 'commands.groupPresenter',
};

type CommandSpec = Omit<Command, 'label' | 'button'> & { labelKey: MessageKey; buttonKey?: MessageKey };

/** A command whose label and button name are looked up in the active language each time they are read. */
function command({ labelKey, buttonKey, ...rest }: CommandSpec): Command {
  return {
    ...rest,
    get label() {
      return t(labelKey);
    },
    get button() {
      return buttonKey ? t(buttonKey) : undefined;
    },
  };
}

const LAYER_COMMAND_KEYS: Record<LayerId, MessageKey> = {
  segments: 'commands.layerSegments',
  crossings: 'commands.layerCrossings',
  hubs: 'commands.layerHubs',
  safeHouses: 'commands.layerSafeHouses',
  incidents: 'commands.layerIncidents',
  labels: 'commands.layerLabels',
  routeFlows: 'commands.layerRouteFlows',
  areas: 'commands.layerAreas',
};

/** The language menu's element id: the L key focuses it. */
export const LANGUAGE_MENU_ID = 'language-menu';

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
    command({ id: 'month.previous', labelKey: 'commands.monthPrevious', keys: ['ArrowLeft'], group: 'Time', run: (s) => s.stepMonth(-1) }),
    command({ id: 'month.next', labelKey: 'commands.monthNext', keys: ['ArrowRight'], group: 'Time', run: (s) => s.stepMonth(1) }),
    command({ id: 'year.previous', labelKey: 'commands.yearPrevious', keys: ['Shift+ArrowLeft'], group: 'Time', run: (s) => s.stepMonth(-12) }),
    command({ id: 'year.next', labelKey: 'commands.yearNext', keys: ['Shift+ArrowRight'], group: 'Time', run: (s) => s.stepMonth(12) }),
    // A clicker's keys mean what they mean in the presenter: PageDown is always forward.
    command({ id: 'clicker.next', labelKey: 'commands.clickerNext', keys: ['PageDown'], group: 'Time', run: (s) => clickerStep(s, 1) }),
    command({ id: 'clicker.previous', labelKey: 'commands.clickerPrevious', keys: ['PageUp'], group: 'Time', run: (s) => clickerStep(s, -1) }),
    command({ id: 'month.first', labelKey: 'commands.monthFirst', keys: ['Home'], group: 'Time', run: (s) => s.goToEdge('first') }),
    command({ id: 'month.last', labelKey: 'commands.monthLast', keys: ['End'], group: 'Time', run: (s) => s.goToEdge('last') }),
    command({ id: 'play.toggle', labelKey: 'commands.playToggle', keys: ['Space'], group: 'Time', run: (s) => s.togglePlay() }),
    command({ id: 'window.cycle', labelKey: 'commands.windowCycle', keys: ['w'], group: 'Time', run: (s) => s.cycleWindowMode() }),
    command({ id: 'compare.toggle', labelKey: 'commands.compareToggle', keys: ['x'], group: 'Time', run: (s) => s.toggleCompare() }),
    command({ id: 'swipe.toggle', labelKey: 'commands.swipeToggle', keys: ['v'], group: 'Time', run: (s) => s.toggleSwipe() }),
    command({ id: 'trail.toggle', labelKey: 'commands.trailToggle', keys: ['f'], group: 'Time', run: (s) => s.toggleTrail() }),
    command({ id: 'speed.down', labelKey: 'commands.speedDown', keys: ['['], group: 'Time', run: (s) => speedStep(s, -1) }),
    command({ id: 'speed.up', labelKey: 'commands.speedUp', keys: [']'], group: 'Time', run: (s) => speedStep(s, 1) }),
    ...LAYER_IDS.map((id, i) =>
      command({ id: `layer.${id}`, labelKey: LAYER_COMMAND_KEYS[id], keys: [String(i + 1)], group: 'Map', run: (s: AppState) => s.toggleLayer(id) }),
    ),
    command({ id: 'flow.toggle', labelKey: 'commands.flowToggle', keys: ['a'], group: 'Map', run: (s) => s.toggleFlowAnimation() }),
    command({ id: 'theme.toggle', labelKey: 'commands.themeToggle', buttonKey: 'commands.themeButton', keys: ['t'], group: 'Map', run: (s) => s.toggleTheme() }),
    command({
      id: 'escape',
      labelKey: 'commands.escape',
      keys: ['Escape'],
      group: 'Panels',
      run: (s) => {
        if (s.importReports) s.setImportReports(null);
        else if (s.overlay) s.setOverlay(null);
        else if (s.openEventId) s.openEvent(null);
        else s.select(null);
      },
    }),
    command({ id: 'sources.toggle', labelKey: 'commands.sourcesToggle', buttonKey: 'commands.sourcesButton', keys: ['s'], group: 'Panels', run: (s) => s.setOverlay(s.overlay === 'sources' ? null : 'sources') }),
    command({ id: 'charts.toggle', labelKey: 'commands.chartsToggle', buttonKey: 'commands.chartsButton', keys: ['c'], group: 'Panels', run: (s) => s.setOverlay(s.overlay === 'charts' ? null : 'charts') }),
    command({ id: 'shortcuts.toggle', labelKey: 'commands.shortcutsToggle', buttonKey: 'commands.shortcutsButton', keys: ['?'], group: 'Panels', run: (s) => s.setOverlay(s.overlay === 'shortcuts' ? null : 'shortcuts') }),
    command({ id: 'presentation.save', labelKey: 'commands.presentationSave', buttonKey: 'commands.presentationSaveButton', keys: [], group: 'Panels', run: () => savePresentation() }),
    command({ id: 'present.start', labelKey: 'commands.presentStart', buttonKey: 'commands.presentStartButton', keys: ['p'], group: 'Panels', run: (s) => s.startPresenting(0) }),
    command({ id: 'language.menu', labelKey: 'commands.languageMenu', keys: ['l'], group: 'Panels', run: () => focusLanguageMenu() }),
    command({ id: 'speaker.open', labelKey: 'commands.speakerWindow', buttonKey: 'commands.speakerWindowButton', keys: ['n'], group: 'Panels', run: (s) => openSpeakerWindow(s) }),
    ...presenterCommands(),
  ];
}

/** L: to the language menu, where the arrow keys choose (a select keeps its keys from the shortcuts). */
function focusLanguageMenu() {
  document.getElementById(LANGUAGE_MENU_ID)?.focus();
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

/** The keys presentation clickers send (PageDown/PageUp, arrows, space, B or . to blank): the speaker window reads the same lists. */
function presenterCommands(): Command[] {
  const when = 'presenting' as const;
  const group = 'Presenter' as const;
  return [
    command({ id: 'present.next', labelKey: 'commands.presentNext', keys: [...PRESENTER_KEYS.next], group, when, run: (s) => s.presentStep(1) }),
    command({ id: 'present.previous', labelKey: 'commands.presentPrevious', keys: [...PRESENTER_KEYS.previous], group, when, run: (s) => s.presentStep(-1) }),
    command({ id: 'present.first', labelKey: 'commands.presentFirst', keys: [...PRESENTER_KEYS.first], group, when, run: (s) => s.presentGoTo(0) }),
    command({ id: 'present.last', labelKey: 'commands.presentLast', keys: [...PRESENTER_KEYS.last], group, when, run: (s) => s.presentGoTo(s.storyboard.length - 1) }),
    command({ id: 'present.blank', labelKey: 'commands.presentBlank', keys: [...PRESENTER_KEYS.blank], group, when, run: (s) => s.toggleBlank() }),
    command({
      id: 'present.exit',
      labelKey: 'commands.presentExit',
      keys: ['Escape'],
      group,
      when,
      run: (s) => (s.overlay ? s.setOverlay(null) : s.stopPresenting()),
    }),
    command({ id: 'present.speaker', labelKey: 'commands.speakerWindow', buttonKey: 'commands.speakerWindowButton', keys: ['n'], group, when, run: (s) => openSpeakerWindow(s) }),
    command({ id: 'present.fullscreen', labelKey: 'commands.presentFullscreen', keys: ['f'], group, when, run: () => returnToFullscreen() }),
    command({ id: 'present.overlays', labelKey: 'commands.presentOverlays', keys: ['h'], group, when, run: (s) => s.toggleOverlays() }),
    command({ id: 'present.shortcuts', labelKey: 'commands.shortcutsToggle', keys: ['?'], group, when, run: (s) => s.setOverlay(s.overlay === 'shortcuts' ? null : 'shortcuts') }),
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

