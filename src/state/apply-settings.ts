/**
 * The one way saved settings reach the store: a link, a storyboard view and a restored workspace
 * (or opened project) all come through `applySettings`, which goes through the slices' own setters.
 * So a month outside the data is clamped, an unknown layer is refused and a selection missing from
 * the data is dropped the same way whichever of them carried it, and each says so in `problems`.
 */
import { DEFAULT_LAYERS, LAYER_IDS, isLayerId, type LayerVisibility } from '../domain/layers';
import { inPeriod, type MonthKey } from '../domain/month';
import type { EntityFilters } from '../domain/filters';
import type { WindowMode } from '../domain/time-window';
import type { EntityRef } from '../domain/types';
import type { Theme } from '../domain/workspace';
import { DATA_PERIOD } from '../domain/data-period';
import { isLocaleCode, t } from '../domain/i18n';
import { resolveEntity } from './selectors';
import type { AppState } from './store';
import type { CameraIntent, ChartTab } from './slices/ui-slice';
import type { CompareAgainst } from './slices/compare-slice';

/** Every field optional: a source applies what it carries and leaves the rest as it is. */
export interface SavedSettings {
  month?: MonthKey;
  /** The time window; without it the month moves and the window mode stays. */
  window?: { mode: WindowMode; start: MonthKey };
  trail?: boolean;
  /** Visibility by layer id: a missing id keeps its default, an unknown one is refused. */
  layers?: Readonly<Record<string, boolean>>;
  filters?: EntityFilters;
  /** Selected entity; null clears the selection. One not in the data is refused. */
  selected?: EntityRef | null;
  camera?: CameraIntent | null;
  theme?: Theme;
  compare?: CompareAgainst | null;
  swipeMonth?: MonthKey | null;
  /** Opens the comparison charts on this chart. */
  chart?: ChartTab;
  /** Interface language code (a link's `lang=`, a workspace's or project's choice); an unknown one is refused. */
  language?: string;
  /** Stops playback (a view or a workspace replaces what was playing). */
  stopPlaying?: boolean;
}

/** Visibility of every layer from a saved record; `unknown` lists the ids this version lacks. */
export function readLayerVisibility(saved: Readonly<Record<string, boolean>>): { layers: LayerVisibility; unknown: string[] } {
  const layers = Object.fromEntries(LAYER_IDS.map((id) => [id, saved[id] ?? DEFAULT_LAYERS[id]])) as LayerVisibility;
  return { layers, unknown: Object.keys(saved).filter((key) => !isLayerId(key)) };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Which month of the settings is out of the data: each its own sentence in the catalogue (a select). */
type MonthSetting = 'windowStart' | 'month' | 'comparison' | 'sideBySide';

function clampedMonth(get: () => AppState, month: MonthKey, what: MonthSetting, problems: string[]): void {
  const months = get().dataset?.months ?? DATA_PERIOD;
  if (!inPeriod(month, months)) problems.push(t('settings.monthOutside', { what, month, from: months.from, to: months.to }));
}

/** "unknown layer: x" / "unknown layers: x, y", one sentence per count (links, views, workspaces and project files). */
export function unknownLayersProblem(unknown: readonly string[]): string {
  return t('settings.unknownLayers', { count: unknown.length, layers: unknown.join(', ') });
}

function applyTime(get: () => AppState, settings: SavedSettings, problems: string[]) {
  const s = get();
  if (settings.window) {
    clampedMonth(get, settings.window.start, 'windowStart', problems);
    clampedMonth(get, settings.month ?? s.month, 'month', problems);
    s.setTimeWindow({ mode: settings.window.mode, start: settings.window.start, month: settings.month ?? s.month });
  } else if (settings.month !== undefined) {
    clampedMonth(get, settings.month, 'month', problems);
    s.setMonth(settings.month);
  }
  if (settings.trail !== undefined) s.setTrail(settings.trail);
  if (settings.stopPlaying) s.setPlaying(false);
}

function applySelection(get: () => AppState, selected: EntityRef | null, problems: string[]) {
  if (selected && !resolveEntity(get().dataset, selected)) {
    problems.push(t('settings.selectionMissing', { kind: selected.kind, id: selected.id }));
    get().select(null);
  } else get().select(selected ? { ...selected } : null);
}

/**
 * Switches the interface language (its catalogue loads in the background). Set even when it is the
 * store's already: the latest request wins, so this overrides a default still loading.
 */
function applyLanguage(get: () => AppState, language: string, problems: string[]) {
  if (!isLocaleCode(language)) problems.push(t('settings.unknownLanguage', { language }));
  else void get().setLanguage(language);
}

/**
 * Applies what `settings` carries through the slices' setters and returns what could not be used
 * (empty when everything was). `get` is the store's getState (or a slice's get).
 */
export function applySettings(get: () => AppState, settings: SavedSettings): string[] {
  const problems: string[] = [];
  const s = get();
  if (settings.theme !== undefined) s.setTheme(settings.theme);
  if (settings.language !== undefined) applyLanguage(get, settings.language, problems);
  // Filters first: changing them clears the selection.
  if (settings.filters !== undefined && !sameJson(s.filters, settings.filters)) s.setFilters(structuredClone(settings.filters));
  applyTime(get, settings, problems);
  if (settings.layers !== undefined) {
    const { layers, unknown } = readLayerVisibility(settings.layers);
    if (unknown.length) problems.push(unknownLayersProblem(unknown));
    s.setLayers(layers);
  }
  if (settings.compare !== undefined) {
    if (settings.compare && settings.compare !== 'previous') clampedMonth(get, settings.compare, 'comparison', problems);
    s.setCompare(settings.compare);
  }
  if (settings.swipeMonth !== undefined) {
    if (settings.swipeMonth !== null) clampedMonth(get, settings.swipeMonth, 'sideBySide', problems);
    s.setSwipeMonth(settings.swipeMonth);
  }
  if (settings.chart !== undefined) {
    s.setChartTab(settings.chart);
    s.setOverlay('charts');
  }
  if (settings.selected !== undefined) applySelection(get, settings.selected, problems);
  if (settings.camera !== undefined && settings.camera !== null) s.setCameraIntent({ ...settings.camera });
  return problems;
}
