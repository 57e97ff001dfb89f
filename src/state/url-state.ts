/**
 * The shareable part of the state in the URL: month, visible layers and selection.
 * `?v=2&m=2015-10&layers=segments,crossings&sel=segment:C2-1&lang=de`. Parsing never throws: anything
 * malformed falls back to its default and is reported as a problem for a notice.
 *
 * Versions: 2 added the route-level flows layer, 3 the areas layer. A link's `layers=` could not
 * name a layer added after its version, so there that layer keeps its default (shown) rather than
 * counting as hidden; a link without `v` is read as current.
 */
import { hasFilters, parseFilters, serializeFilters, type EntityFilters } from '../domain/filters';
import { isMonthKey, type MonthKey } from '../domain/month';
import type { EntityKind, EntityRef } from '../domain/types';
import { DEFAULT_LAYERS, LAYER_IDS, LAYERS_ADDED_LATER, isLayerId, type LayerVisibility } from '../domain/layers';
import type { Camera } from '../domain/workspace';
import { parseCameraParam } from '../domain/camera-param';
import { ENTITY_KIND_IDS } from '../domain/entity-kinds';
import { DEFAULT_LOCALE, t, type LocaleCode } from '../domain/i18n';
import { applySettings, unknownLayersProblem } from './apply-settings';
import type { AppState } from './store';

export const URL_STATE_VERSION = '3';
const KNOWN_VERSIONS = ['1', '2', URL_STATE_VERSION];
/** The link version that first named each layer of LAYERS_ADDED_LATER. */
const LAYER_VERSION: Partial<Record<(typeof LAYER_IDS)[number], number>> = { routeFlows: 2, areas: 3 };

/** A range or "since" window as a link carries it: `w=range:2015-08` or `w=since:2015-01`. */
export interface UrlWindow {
  mode: 'range' | 'since';
  start: MonthKey;
}

export interface UrlState {
  camera?: Camera;
  month?: MonthKey;
  window?: UrlWindow;
  trail?: boolean;
  /** `cmp=prev` or `cmp=2015-09`: the change view against the month before or a chosen month. */
  compare?: 'previous' | MonthKey;
  filters?: EntityFilters;
  /** `sw=2014-09`: two periods side by side, the left one ending in that month. */
  swipe?: MonthKey;
  /** `chart=share`: the comparison charts open on that chart. */
  chart?: 'detections' | 'share' | 'yoy' | 'unhcr';
  layers?: LayerVisibility;
  selected?: EntityRef;
  /** `lang=de`: the interface language, as given (applySettings refuses a code it does not know). */
  language?: string;
}

export interface ParsedUrlState {
  state: UrlState;
  problems: string[];
}

/**
 * Reads a link's parameters. Only their form is checked here (a month is YYYY-MM, a layer is known);
 * whether a month is inside the data is applySettings' concern, as for every other source.
 */
export function parseUrlState(search: string): ParsedUrlState {
  const params = new URLSearchParams(search);
  const state: UrlState = {};
  const problems: string[] = [];

  const version = params.get('v');
  if (version !== null && !KNOWN_VERSIONS.includes(version)) problems.push(t('settings.unknownLinkVersion', { version }));

  const m = params.get('m');
  if (m !== null) {
    if (!isMonthKey(m)) problems.push(t('settings.notAMonth', { value: m }));
    else state.month = m;
  }

  const layers = params.get('layers');
  if (layers !== null) {
    const names = layers.split(',').filter(Boolean);
    const unknown = names.filter((n) => !isLayerId(n));
    if (unknown.length) problems.push(unknownLayersProblem(unknown));
    const listedBefore = (id: (typeof LAYER_IDS)[number]) => version !== null && LAYERS_ADDED_LATER.includes(id) && Number(version) < (LAYER_VERSION[id] ?? 0);
    const visible = Object.fromEntries(LAYER_IDS.map((id) => [id, listedBefore(id) ? DEFAULT_LAYERS[id] : names.includes(id)])) as LayerVisibility;
    state.layers = visible;
  }

  const w = params.get('w');
  if (w !== null) {
    const [mode, start] = w.split(':');
    if ((mode === 'range' || mode === 'since') && isMonthKey(start)) state.window = { mode, start };
    else problems.push(t('settings.badTimeWindow', { value: w }));
  }
  const trail = params.get('trail');
  if (trail !== null) {
    if (trail === '1' || trail === '0') state.trail = trail === '1';
    else problems.push(t('settings.badTrail', { value: trail }));
  }

  const cmp = params.get('cmp');
  if (cmp !== null) {
    if (cmp === 'prev') state.compare = 'previous';
    else if (isMonthKey(cmp)) state.compare = cmp;
    else problems.push(t('settings.badComparison', { value: cmp }));
  }

  const sw = params.get('sw');
  if (sw !== null) {
    if (isMonthKey(sw)) state.swipe = sw;
    else problems.push(t('settings.badSideBySideMonth', { value: sw }));
  }

  const chart = params.get('chart');
  if (chart !== null) {
    if (chart === 'detections' || chart === 'share' || chart === 'yoy' || chart === 'unhcr') state.chart = chart;
    else problems.push(t('settings.badChart', { value: chart }));
  }

  const f = params.get('f');
  if (f !== null) {
    const parsed = parseFilters(f);
    state.filters = parsed.filters;
    problems.push(...parsed.problems);
  }

  const c = params.get('c');
  if (c !== null) {
    const camera = parseCameraParam(c);
    if (camera) state.camera = camera;
    else problems.push(t('settings.badMapPosition', { value: c }));
  }

  const sel = params.get('sel');
  if (sel !== null) {
    const [kind, ...rest] = sel.split(':');
    const id = rest.join(':');
    if (!kind || !id || !ENTITY_KIND_IDS.includes(kind as EntityKind)) problems.push(t('settings.badSelection', { value: sel }));
    else state.selected = { kind: kind as EntityKind, id };
  }

  const lang = params.get('lang');
  if (lang !== null) state.language = lang;

  return { state, problems };
}

export function serializeUrlState(state: {
  month: MonthKey;
  layers: LayerVisibility;
  selected: EntityRef | null;
  camera?: Camera | null;
  windowMode?: 'month' | 'range' | 'since';
  windowStart?: MonthKey;
  trail?: boolean;
  compare?: 'previous' | MonthKey | null;
  filters?: EntityFilters;
  swipeMonth?: MonthKey | null;
  overlay?: string | null;
  chartTab?: string;
  language?: LocaleCode;
}, defaultLanguage: LocaleCode = DEFAULT_LOCALE): string {
  const params = new URLSearchParams();
  params.set('v', URL_STATE_VERSION);
  params.set('m', state.month);
  if (state.windowMode && state.windowMode !== 'month' && state.windowStart) params.set('w', `${state.windowMode}:${state.windowStart}`);
  if (state.trail) params.set('trail', '1');
  if (state.compare) params.set('cmp', state.compare === 'previous' ? 'prev' : state.compare);
  if (state.swipeMonth) params.set('sw', state.swipeMonth);
  if (state.overlay === 'charts' && state.chartTab) params.set('chart', state.chartTab);
  if (state.filters && hasFilters(state.filters)) params.set('f', serializeFilters(state.filters));
  if (state.camera) params.set('c', `${state.camera.lon.toFixed(3)},${state.camera.lat.toFixed(3)},${state.camera.zoom.toFixed(2)}`);
  const sameAsDefault = LAYER_IDS.every((id) => state.layers[id] === DEFAULT_LAYERS[id]);
  if (!sameAsDefault) params.set('layers', LAYER_IDS.filter((id) => state.layers[id]).join(','));
  if (state.selected) params.set('sel', `${state.selected.kind}:${state.selected.id}`);
  // Only a language other than the browser's default: links made in that language stay as they were.
  if (state.language && state.language !== defaultLanguage) params.set('lang', state.language);
  // Keep commas and colons readable in shared links.
  return `?${params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7C/g, '|')}`;
}

/**
 * A link into the store: parsed, then applied through applySettings like a storyboard view or a
 * saved workspace. Returns every problem, of form or of content, for one notice.
 */
export function applyLink(get: () => AppState, search: string): string[] {
  const { state: link, problems } = parseUrlState(search);
  const applied = applySettings(get, {
    ...(link.month ? { month: link.month } : {}),
    ...(link.window ? { window: link.window } : {}),
    ...(link.trail !== undefined ? { trail: link.trail } : {}),
    ...(link.layers ? { layers: link.layers } : {}),
    ...(link.filters ? { filters: link.filters } : {}),
    ...(link.compare ? { compare: link.compare } : {}),
    ...(link.swipe ? { swipeMonth: link.swipe } : {}),
    ...(link.chart ? { chart: link.chart } : {}),
    ...(link.selected ? { selected: link.selected } : {}),
    ...(link.language !== undefined ? { language: link.language } : {}),
  });
  return [...problems, ...applied];
}
