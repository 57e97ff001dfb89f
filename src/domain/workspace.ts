/**
 * The user's workspace: loaded datasets and the settings that are theirs to keep. This is what is
 * persisted in IndexedDB and written into a project file; the store, the import worker, project
 * files and exports all speak it, so it lives here.
 */
import { translatedRecord } from './i18n/translated-record';
import type { MonthKey } from './month';
import type { EntityFilters } from './filters';
import type { Dataset } from './types';
import type { StoryView } from './storyboard';
import type { LayerVisibility } from './layers';
import type { TiledDatasetRef } from './tiled-source';

export const DEMO_DATASET_ID = 'demo';

/** 'projector': high contrast and large type for a meeting room. */
export type Theme = 'light' | 'dark' | 'projector';
export const THEMES: Theme[] = ['light', 'dark', 'projector'];
/** In the active language when read. */
export const THEME_LABELS: Record<Theme, string> = translatedRecord({ light: 'theme.light', dark: 'theme.dark', projector: 'theme.projector' });

/** The map camera as a link carries it: centre and zoom, rounded. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

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
  /**
   * The interface language the user chose (a LOCALES code), kept only when it differs from the
   * browser's; absent = follow the browser. A plain string: a code this version does not know is
   * reported and ignored when applied, it does not make the settings unreadable.
   */
  language?: string;
  /**
   * Tiled datasets by reference (a URL on the app's origin, or a local file's name to open again):
   * their tiles are never copied into a workspace or project. Absent = none.
   */
  tiles?: TiledDatasetRef[];
}

export interface Workspace {
  /** User datasets only: the demo is rebuilt from the app, never stored. */
  datasets: LoadedDataset[];
  settings: WorkspaceSettings;
}
