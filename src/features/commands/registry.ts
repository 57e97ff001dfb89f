/**
 * One command registry ({id, label, keys, run}) shared by shortcuts, buttons and the "?" overlay,
 * so what the overlay lists is exactly what the keys do.
 */
import type { AppState } from '../../state/store';
import { LAYER_IDS, LAYER_LABELS } from '../../state/slices/layers-slice';
import { PLAY_SPEEDS } from '../../state/slices/time-slice';
import { savePresentation } from '../presentation-file/save-presentation-lazy';

export interface Command {
  id: string;
  label: string;
  /** Key strings as produced by `keyString`, e.g. 'ArrowRight', 'Shift+ArrowRight', 'Space', '?'. */
  keys: string[];
  group: 'Time' | 'Map' | 'Panels';
  run: (state: AppState) => void;
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
    { id: 'year.previous', label: 'One year back', keys: ['Shift+ArrowLeft', 'PageDown'], group: 'Time', run: (s) => s.stepMonth(-12) },
    { id: 'year.next', label: 'One year forward', keys: ['Shift+ArrowRight', 'PageUp'], group: 'Time', run: (s) => s.stepMonth(12) },
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
    { id: 'theme.toggle', label: 'Light / dark map', keys: ['t'], group: 'Map', run: (s) => s.toggleTheme() },
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
    { id: 'sources.toggle', label: 'Sources and licences', keys: ['s'], group: 'Panels', run: (s) => s.setOverlay(s.overlay === 'sources' ? null : 'sources') },
    { id: 'charts.toggle', label: 'Charts: Balkan vs Mediterranean routes', keys: ['c'], group: 'Panels', run: (s) => s.setOverlay(s.overlay === 'charts' ? null : 'charts') },
    { id: 'shortcuts.toggle', label: 'Keyboard shortcuts', keys: ['?'], group: 'Panels', run: (s) => s.setOverlay(s.overlay === 'shortcuts' ? null : 'shortcuts') },
    { id: 'presentation.save', label: 'Save presentation file… (one HTML file, opens offline in the presenter)', keys: [], group: 'Panels', run: () => savePresentation() },
  ];
}

/** A keyboard event as a key string. Shift is spelled out only for keys that don't change with it. */
export function keyString(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key === ' ' ? 'Space' : event.key;
  const printable = key.length === 1;
  return event.shiftKey && !printable ? `Shift+${key}` : key;
}

export function findCommand(commands: Command[], key: string | null): Command | undefined {
  if (!key) return undefined;
  return commands.find((c) => c.keys.includes(key));
}

/** How a key string is shown to people. */
export function keyLabel(key: string): string {
  return key.replace('ArrowLeft', '←').replace('ArrowRight', '→').replace('Shift+', 'Shift + ');
}
