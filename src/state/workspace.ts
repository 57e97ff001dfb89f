/**
 * The user's workspace: loaded datasets and the settings that are theirs to keep. This is what is
 * persisted in IndexedDB and written into a project file.
 */
import type { MonthKey } from '../domain/month';
import type { EntityFilters } from '../domain/filters';
import type { Dataset } from '../domain/types';
import type { StoryView } from '../domain/storyboard';
import type { LayerVisibility } from './slices/layers-slice';
import type { Theme } from './slices/ui-slice';
import type { Camera } from './url-state';

export const DEMO_DATASET_ID = 'demo';

export interface LoadedDataset {
  /** Stable id, e.g. 'demo' or 'ds-lq8x2k-1'. Entity ids and source keys of user datasets carry the prefix `${id}/` (set at import). */
  id: string;
  name: string;
  /** The files it was imported from. */
  sourceFiles: string[];
  /** ISO date-time of the import. */
  loadedAt: string;
  visible: boolean;
  dataset: Dataset;
}

export interface WorkspaceSettings {
  month: MonthKey;
  layers: LayerVisibility;
  theme: Theme;
  camera: Camera | null;
  demoVisible: boolean;
  /** Filters by corridor, mode, country, source and confidence; absent = none. */
  filters?: EntityFilters;
  /** The briefing's views in order; absent = none (files without one stay as they were). */
  storyboard?: StoryView[];
  /** Handling or classification caveat shown as a banner and on exports; absent = none. */
  marking?: string;
}

export interface Workspace {
  /** User datasets only: the demo is rebuilt from the app, never stored. */
  datasets: LoadedDataset[];
  settings: WorkspaceSettings;
}
