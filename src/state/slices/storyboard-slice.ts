/**
 * The storyboard: views captured from the live state, their order, and the presenter's position.
 * The pure list updaters are exported for tests and for the project file; the slice wraps them.
 */
import type { StateCreator } from 'zustand';
import { t } from '../../domain/i18n';
import { formatMonthLong } from '../../domain/month';
import type { StoryCamera, StoryView } from '../../domain/storyboard';
import type { Bounds } from '../../domain/framing';
import type { AppState } from '../store';
import { listedLayers, visibleLayerIds } from '../../domain/layers';
import { applySettings, type SavedSettings } from '../apply-settings';

export interface PresenterOptions {
  /** Seconds per view when advancing on its own; null = only by key. */
  autoAdvanceSeconds: number | null;
  /** Step the month through the months between two views before settling on the next. */
  playBetween: boolean;
}

export interface PresentingState extends PresenterOptions {
  index: number;
  blanked: boolean;
  /**
   * When the presentation started (epoch ms; moved on by the speaker window's clock reset). Speaker
   * notes are never part of this state: they are shown only in the speaker's own window.
   */
  startedAt: number;
  /** Caption, badge and legend hidden by key, on every view (a view can also hide its own). */
  overlaysHidden?: boolean;
}

export type StoryViewPatch = Partial<Omit<StoryView, 'id'>>;

export interface StoryboardSlice {
  storyboard: StoryView[];
  captureView: (input?: { title?: string; caption?: string; notes?: string }) => StoryView;
  updateView: (id: string, patch: StoryViewPatch) => void;
  /** Inserts a copy right after the original; null when there is no such view. */
  duplicateView: (id: string) => StoryView | null;
  /** Removes a view and says where it was, so that Undo can put it back. */
  deleteView: (id: string) => { view: StoryView; index: number } | null;
  restoreView: (view: StoryView, index: number) => void;
  moveView: (id: string, toIndex: number) => void;
  /** Replaces the whole list (opening a project or the stored workspace). */
  setStoryboard: (views: StoryView[]) => void;
  /**
   * Puts the map in the view's state. `keepTime` leaves the time window alone (the presenter then
   * steps the months itself); `animate` makes the camera fly rather than jump.
   */
  applyView: (view: StoryView, options?: { animate?: boolean; keepTime?: boolean }) => void;
  /** Only the view's time window (the end of playing the months between two views). */
  applyViewTime: (view: StoryView) => void;
  /**
   * The id of the view last presented or applied: outside the presenter PageDown/PageUp step on
   * from it (a clicker press after Escape goes to the view after the one that was showing).
   */
  viewCursor: string | null;
  /** The next (1) or previous (-1) view after `viewCursor`; the first view when there is none. */
  stepView: (delta: 1 | -1) => void;
  presenting: PresentingState | null;
  /** The options the next presentation starts with. */
  presenterOptions: PresenterOptions;
  setPresenterOptions: (patch: Partial<PresenterOptions>) => void;
  startPresenting: (index?: number) => void;
  stopPresenting: () => void;
  presentStep: (delta: 1 | -1) => void;
  /** Jumps to a view by position (Home/End). */
  presentGoTo: (index: number) => void;
  toggleBlank: () => void;
  /** Starts the elapsed-time clock again from now (the speaker window's Reset). */
  restartClock: () => void;
  toggleOverlays: () => void;
  /** A protective marking shown as a banner top and bottom; empty = none. */
  marking: string;
  setMarking: (text: string) => void;
}

/** Where the map opens when it has not reported a camera yet (the routes' general area). */
export const FALLBACK_CAMERA: StoryCamera = { lon: 18, lat: 41, zoom: 4 };

let nextViewSerial = 1;
export function newViewId(): string {
  return `view-${Date.now().toString(36)}-${nextViewSerial++}`;
}

const clampIndex = (index: number, length: number) => Math.max(0, Math.min(length - 1, Math.trunc(index)));

export function moveInList<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(clampIndex(to, list.length), 0, item as T);
  return next;
}

export function insertAt<T>(list: readonly T[], item: T, index: number): T[] {
  const next = [...list];
  next.splice(Math.max(0, Math.min(index, next.length)), 0, item);
  return next;
}

/** The live state as a view. Pure: the id and texts come from the caller. */
export function viewFromState(s: AppState, id: string, input: { title?: string; caption?: string; notes?: string } = {}): StoryView {
  const camera = s.camera ?? FALLBACK_CAMERA;
  return {
    id,
    title: input.title ?? formatMonthLong(s.month),
    caption: input.caption ?? '',
    notes: input.notes ?? '',
    camera: { lon: camera.lon, lat: camera.lat, zoom: camera.zoom },
    ...(s.cameraBounds ? { bounds: [...s.cameraBounds] as Bounds } : {}),
    month: s.month,
    windowMode: s.windowMode,
    windowStart: s.windowStart,
    trail: s.trail,
    visibleLayers: visibleLayerIds(s.layers),
    filters: structuredClone(s.filters),
    selected: s.selected ? { ...s.selected } : null,
  };
}

/** A view's time window as saved settings. */
const viewTime = (view: StoryView): SavedSettings => ({ month: view.month, window: { mode: view.windowMode, start: view.windowStart } });

export const createStoryboardSlice: StateCreator<AppState, [], [], StoryboardSlice> = (set, get) => {
  const indexOf = (id: string) => get().storyboard.findIndex((v) => v.id === id);
  const showAt = (index: number, animate: boolean) => {
    const p = get().presenting;
    const list = get().storyboard;
    if (!p || list.length === 0) return;
    const next = clampIndex(index, list.length);
    const view = list[next];
    if (next === p.index && p.blanked === false) return;
    set({ presenting: { ...p, index: next, blanked: false } });
    if (view) get().applyView(view, { animate, keepTime: p.playBetween && next !== p.index });
  };
  return {
    storyboard: [],
    captureView: (input) => {
      const view = viewFromState(get(), newViewId(), input);
      set({ storyboard: [...get().storyboard, view] });
      return view;
    },
    updateView: (id, patch) => set({ storyboard: get().storyboard.map((v) => (v.id === id ? { ...v, ...patch, id } : v)) }),
    duplicateView: (id) => {
      const index = indexOf(id);
      const original = get().storyboard[index];
      if (!original) return null;
      const copy: StoryView = { ...structuredClone(original), id: newViewId(), title: t('storyboard.copyTitle', { title: original.title }) };
      set({ storyboard: insertAt(get().storyboard, copy, index + 1) });
      return copy;
    },
    deleteView: (id) => {
      const index = indexOf(id);
      const view = get().storyboard[index];
      if (!view) return null;
      set({ storyboard: get().storyboard.filter((v) => v.id !== id) });
      return { view, index };
    },
    restoreView: (view, index) => set({ storyboard: insertAt(get().storyboard.filter((v) => v.id !== view.id), view, index) }),
    moveView: (id, toIndex) => set({ storyboard: moveInList(get().storyboard, indexOf(id), toIndex) }),
    setStoryboard: (storyboard) => set({ storyboard, presenting: null, viewCursor: null }),
    applyView: (view, options = {}) => {
      set({ viewCursor: view.id });
      const problems = applySettings(get, {
        filters: view.filters,
        ...(options.keepTime ? {} : viewTime(view)),
        trail: view.trail,
        stopPlaying: true,
        layers: listedLayers(view.visibleLayers),
        selected: view.selected,
        camera: { ...view.camera, ...(view.bounds ? { bounds: view.bounds } : {}), ...(options.animate ? { fly: true } : {}) },
      });
      if (problems.length) get().pushNotice('warning', t('settings.viewProblems', { title: view.title, problems: problems.join('; ') }));
    },
    applyViewTime: (view) => {
      const problems = applySettings(get, viewTime(view));
      if (problems.length) get().pushNotice('warning', t('settings.viewProblems', { title: view.title, problems: problems.join('; ') }));
    },
    viewCursor: null,
    stepView: (delta) => {
      const list = get().storyboard;
      const at = list.findIndex((v) => v.id === get().viewCursor);
      const next = at < 0 ? 0 : at + delta;
      const view = list[next];
      if (view) get().applyView(view, { animate: true });
      else if (list.length > 0) get().pushNotice('info', t('screenText.storyboardEdge', { edge: delta > 0 ? 'last' : 'first' }));
    },
    presenting: null,
    presenterOptions: { autoAdvanceSeconds: null, playBetween: false },
    setPresenterOptions: (patch) => set({ presenterOptions: { ...get().presenterOptions, ...patch } }),
    startPresenting: (index = 0) => {
      const list = get().storyboard;
      if (list.length === 0) return;
      const at = clampIndex(index, list.length);
      set({ presenting: { ...get().presenterOptions, index: at, blanked: false, startedAt: Date.now() }, overlay: null });
      const view = list[at];
      if (view) get().applyView(view, { animate: true });
    },
    stopPresenting: () => set({ presenting: null }),
    presentStep: (delta) => {
      const p = get().presenting;
      if (p) showAt(p.index + delta, true);
    },
    presentGoTo: (index) => showAt(index, true),
    toggleBlank: () => {
      const p = get().presenting;
      if (p) set({ presenting: { ...p, blanked: !p.blanked } });
    },
    restartClock: () => {
      const p = get().presenting;
      if (p) set({ presenting: { ...p, startedAt: Date.now() } });
    },
    toggleOverlays: () => {
      const p = get().presenting;
      if (p) set({ presenting: { ...p, overlaysHidden: !p.overlaysHidden } });
    },
    marking: '',
    setMarking: (marking) => set({ marking }),
  };
};
