import type { StateCreator } from 'zustand';
import type { AppState } from '../store';
import type { Camera, Theme } from '../../domain/workspace';
import type { Bounds, Padding } from '../../domain/framing';

export interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  message: string;
  /** One action offered with the notice, e.g. Undo. */
  action?: { label: string; run: () => void };
}

export type Overlay = 'sources' | 'shortcuts' | 'charts' | null;
export type ChartTab = 'detections' | 'share' | 'yoy' | 'unhcr';
/** Where the map should go; `fly` asks for a smooth flight (a storyboard view) rather than a jump. */
export type CameraIntent = Camera & {
  fly?: boolean;
  /** An area to fit into the free part of the screen (see `framePadding`); the centre and zoom are the fallback. */
  bounds?: Bounds;
};

export interface UiSlice {
  notices: Notice[];
  overlay: Overlay;
  openEventId: string | null;
  chartTab: ChartTab;
  setChartTab: (tab: ChartTab) => void;
  theme: Theme;
  toggleTheme: () => void;
  setTheme: (theme: Theme) => void;
  /** Particles moving along the active segments. */
  flowAnimation: boolean;
  toggleFlowAnimation: () => void;
  /** Border points where segments cross a country border with no crossing in the data nearby. */
  showCandidates: boolean;
  toggleCandidates: () => void;
  /** Where the map last came to rest (the map owns the live camera). */
  camera: Camera | null;
  setCamera: (camera: Camera) => void;
  /** The area the map showed when it last came to rest (west, south, east, north): a captured view keeps it. */
  cameraBounds: Bounds | null;
  setCameraBounds: (bounds: Bounds | null) => void;
  /** Screen edges the overlays take (the presenter measures its title, caption, badge, legend); null = none. */
  framePadding: Padding | null;
  setFramePadding: (padding: Padding | null) => void;
  /** A camera the map should move to (opening a project); the map clears it once done. */
  cameraIntent: CameraIntent | null;
  setCameraIntent: (camera: CameraIntent | null) => void;
  pushNotice: (level: Notice['level'], message: string, action?: Notice['action']) => number;
  dismissNotice: (id: number) => void;
  setOverlay: (overlay: Overlay) => void;
  openEvent: (id: string | null) => void;
}

let nextNoticeId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  notices: [],
  overlay: null,
  openEventId: null,
  chartTab: 'detections',
  setChartTab: (chartTab) => set({ chartTab }),
  theme: 'light',
  flowAnimation: false,
  showCandidates: false,
  toggleCandidates: () => set({ showCandidates: !get().showCandidates }),
  toggleFlowAnimation: () => set({ flowAnimation: !get().flowAnimation }),
  camera: null,
  setCamera: (camera) => set({ camera }),
  cameraBounds: null,
  setCameraBounds: (cameraBounds) => set({ cameraBounds }),
  framePadding: null,
  setFramePadding: (framePadding) => set({ framePadding }),
  cameraIntent: null,
  setCameraIntent: (cameraIntent) => set({ cameraIntent }),
  toggleTheme: () => set({ theme: get().theme === 'light' ? 'dark' : 'light' }),
  setTheme: (theme) => set({ theme }),
  pushNotice: (level, message, action) => {
    const id = nextNoticeId++;
    set({ notices: [...get().notices, { id, level, message, ...(action ? { action } : {}) }] });
    return id;
  },
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  setOverlay: (overlay) => set({ overlay }),
  openEvent: (openEventId) => set({ openEventId }),
});
