/**
 * A storyboard: the views a briefing officer prepares and then presents one at a time. Pure types
 * and helpers; the store (storyboard slice) owns the list, the presenter and exports read it.
 */
import type { EntityFilters } from './filters';
import type { Bounds } from './framing';
import type { MonthKey } from './month';
import type { WindowMode } from './time-window';
import type { EntityRef } from './types';

export interface StoryCamera {
  lon: number;
  lat: number;
  zoom: number;
}

/** Which of the presenter's overlays a view hides. */
export interface StoryOverlayHiding {
  caption?: boolean;
  badge?: boolean;
  legend?: boolean;
}

/** Everything needed to put the map back exactly as it was when the view was captured. */
export interface StoryView {
  /** Stable id, e.g. 'view-lq8x2k-1'. */
  id: string;
  title: string;
  caption: string;
  /** Speaker notes: shown in the speaker window and, when asked for, in the PDF handout; never on the audience's screen. */
  notes: string;
  camera: StoryCamera;
  /**
   * The area the map showed when the view was captured (west, south, east, north). Presenting and
   * exporting fit it into the screen the overlays leave free; absent (older views) = the camera.
   */
  bounds?: Bounds;
  /** Overlays this view leaves out while presenting (absent = all shown). */
  hide?: StoryOverlayHiding;
  /** The window's last month (the slider's month). */
  month: MonthKey;
  windowMode: WindowMode;
  /** First month of a range or "since" window; equals `month` for a single month. */
  windowStart: MonthKey;
  trail: boolean;
  /** Layer ids (as in the layers slice) that are visible in this view. */
  visibleLayers: string[];
  filters: EntityFilters;
  selected: EntityRef | null;
  /** Keys into the dataset's sources for the caption's facts and figures (built-in stories). */
  sources?: string[];
}

/**
 * A storyboard shipped with the demo (public/data/stories/<id>.json, built by scripts/build-data.ts
 * from data/sources/derived/): its captions' figures are filled in from the data at build time.
 */
export interface BuiltInStory {
  format: 'routeshift-story';
  version: 1;
  id: string;
  title: string;
  description: string;
  views: StoryView[];
}
