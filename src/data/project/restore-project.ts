/**
 * Restore: fills in what an older or hand-edited project file may lack, before strict validation.
 * Works on unknown JSON, never throws and never mutates its input; anything it cannot make sense of
 * is left as it is so validation can name the path. Every change the user might notice is a note.
 */
import { DEFAULT_LAYERS, LAYER_IDS, LAYERS_ADDED_LATER, isLayerId, type LayerId } from '../../domain/layers';
import { DEFAULT_MONTH } from '../../domain/data-period';
import { t } from '../../domain/i18n';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

export interface Restored<T> {
  value: T;
  notes: string[];
}

/** Settings: missing optional values take the app's start-up defaults; unknown layers are dropped. */
export function restoreSettings(raw: unknown): Restored<unknown> {
  const notes: string[] = [];
  if (raw === undefined) {
    return { value: restoreSettings({}).value, notes: [t('projectFile.noSettings')] };
  }
  if (!isObject(raw)) return { value: raw, notes };
  const settings: Json = { ...raw };
  const defaulted: string[] = [];
  const fill = (key: string, value: unknown, label: string) => {
    if (settings[key] !== undefined) return;
    settings[key] = value;
    defaulted.push(label);
  };
  fill('month', DEFAULT_MONTH, t('projectFile.defaultMonth', { month: DEFAULT_MONTH }));
  fill('theme', 'light', t('projectFile.defaultTheme'));
  // No saved camera means "let the map frame the data", which is what null says to the app.
  fill('camera', null, t('projectFile.defaultCamera'));
  fill('demoVisible', true, t('projectFile.defaultDemoShown'));
  // Layers newer than the file: its storyboard views could not list them either, so they take
  // their default there too (a view of an older file shows the route-level flows, as the map does).
  const layersGiven = isObject(settings.layers) ? settings.layers : {};
  const newer = LAYERS_ADDED_LATER.filter((id) => layersGiven[id] === undefined && DEFAULT_LAYERS[id]);
  if (newer.length && Array.isArray(settings.storyboard)) settings.storyboard = settings.storyboard.map((view) => withLayers(view, newer));
  if (settings.layers === undefined) {
    settings.layers = { ...DEFAULT_LAYERS };
    defaulted.push(t('projectFile.defaultAllLayers'));
  } else if (isObject(settings.layers)) {
    const given = settings.layers;
    const unknown = Object.keys(given).filter((key) => !isLayerId(key));
    // A layer added since the file was written is not news: it simply takes its default.
    const missing = LAYER_IDS.filter((id) => given[id] === undefined && !LAYERS_ADDED_LATER.includes(id));
    // Only known ids are kept: a layer from a newer version has nothing to switch in this one.
    settings.layers = Object.fromEntries(LAYER_IDS.map((id) => [id, given[id] === undefined ? DEFAULT_LAYERS[id] : given[id]]));
    if (unknown.length) {
      notes.push(t('projectFile.unknownLayers', { count: unknown.length, layers: unknown.join(', ') }));
    }
    if (missing.length) defaulted.push(t('projectFile.defaultLayers', { count: missing.length, layers: missing.join(', ') }));
  }
  if (defaulted.length) notes.push(t('projectFile.defaulted', { settings: defaulted.join('; ') }));
  return { value: settings, notes };
}

/** A storyboard view (unknown JSON) with `ids` added to its visible layers. */
function withLayers(view: unknown, ids: readonly LayerId[]): unknown {
  if (!isObject(view) || !Array.isArray(view.visibleLayers)) return view;
  const listed: unknown[] = view.visibleLayers;
  const missing = ids.filter((id) => !listed.includes(id));
  return missing.length ? { ...view, visibleLayers: [...listed, ...missing] } : view;
}

/** A loaded dataset record: bookkeeping fields a user would not miss are filled from what is there. */
export function restoreLoadedDataset(raw: unknown, savedAt: unknown): unknown {
  if (!isObject(raw)) return raw;
  const record: Json = { ...raw };
  if (record.visible === undefined) record.visible = true;
  if (record.sourceFiles === undefined) record.sourceFiles = [];
  if (record.name === undefined && isObject(record.dataset) && typeof record.dataset.name === 'string') record.name = record.dataset.name;
  // The import time is unknown; the save time is the closest honest bound.
  if (record.loadedAt === undefined && typeof savedAt === 'string') record.loadedAt = savedAt;
  return record;
}

/** The workspace member of a (migrated) project. */
export function restoreWorkspace(raw: unknown, savedAt: unknown): Restored<unknown> {
  if (!isObject(raw)) return { value: raw, notes: [] };
  const workspace: Json = { ...raw };
  if (workspace.datasets === undefined) workspace.datasets = [];
  else if (Array.isArray(workspace.datasets)) workspace.datasets = workspace.datasets.map((ds) => restoreLoadedDataset(ds, savedAt));
  const settings = restoreSettings(workspace.settings);
  workspace.settings = settings.value;
  return { value: workspace, notes: settings.notes };
}
