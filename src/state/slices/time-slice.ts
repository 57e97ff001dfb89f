import type { StateCreator } from 'zustand';
import { addMonths, clampMonth, monthIndex, type MonthKey } from '../../domain/month';
import { stepWindow, type TimeWindow, type WindowMode } from '../../domain/time-window';
import { DATA_PERIOD, DEFAULT_MONTH } from '../../domain/data-period';
import type { AppState } from '../store';

export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];
export const WINDOW_MODES: WindowMode[] = ['month', 'range', 'since'];

export interface TimeSlice {
  /** The slider's month: the time window's last month. */
  month: MonthKey;
  windowMode: WindowMode;
  /** First month of a range or of "since". */
  windowStart: MonthKey;
  trail: boolean;
  playing: boolean;
  /** Months per second while playing. */
  speed: PlaySpeed;
  /**
   * The window the map draws instead of the user's while a video export renders its months; null
   * the rest of the time. Only the map follows it (selectMapWindow): the timeline, panels, link and
   * workspace keep the user's window, so an export never visibly moves the user's month.
   */
  exportWindow: TimeWindow | null;
  setExportWindow: (window: TimeWindow | null) => void;
  setMonth: (month: MonthKey) => void;
  /** Both ends of a range or "since" window (the slider's two handles). */
  setWindowRange: (start: MonthKey, end: MonthKey) => void;
  setWindowMode: (mode: WindowMode) => void;
  /**
   * A whole saved window at once (a link, a storyboard view): both months clamped to the data, the
   * start never after the end. Returns the months as set.
   */
  setTimeWindow: (window: { mode: WindowMode; start: MonthKey; month: MonthKey }) => { start: MonthKey; month: MonthKey };
  cycleWindowMode: () => void;
  toggleTrail: () => void;
  setTrail: (trail: boolean) => void;
  stepMonth: (delta: number) => void;
  goToEdge: (edge: 'first' | 'last') => void;
  setPlaying: (playing: boolean) => void;
  togglePlay: () => void;
  setSpeed: (speed: PlaySpeed) => void;
}

export function selectTimeWindow(s: Pick<TimeSlice, 'windowMode' | 'windowStart' | 'month' | 'trail'>): TimeWindow {
  return { mode: s.windowMode, start: s.windowStart, month: s.month, trail: s.trail };
}

/** The window the map draws: an export's while one renders, else the user's. */
export function selectMapWindow(s: Pick<TimeSlice, 'windowMode' | 'windowStart' | 'month' | 'trail' | 'exportWindow'>): TimeWindow {
  return s.exportWindow ?? selectTimeWindow(s);
}

export const createTimeSlice: StateCreator<AppState, [], [], TimeSlice> = (set, get) => {
  const bounds = () => get().dataset?.months ?? DATA_PERIOD;
  const clamp = (m: MonthKey) => clampMonth(m, bounds().from, bounds().to);
  const moveWindow = (delta: number) => {
    const { start, month } = stepWindow(selectTimeWindow(get()), delta, bounds().from, bounds().to);
    return { windowStart: start, month };
  };
  return {
    month: DEFAULT_MONTH,
    windowMode: 'month',
    windowStart: '2015-06',
    trail: false,
    playing: false,
    speed: 1,
    exportWindow: null,
    setExportWindow: (exportWindow) => set({ exportWindow }),
    setMonth: (month) => {
      const m = clamp(month);
      // The start never passes the end.
      set({ month: m, ...(monthIndex(get().windowStart) > monthIndex(m) ? { windowStart: m } : {}) });
    },
    setWindowRange: (start, end) => {
      const [a, b] = monthIndex(start) <= monthIndex(end) ? [start, end] : [end, start];
      set({ windowStart: clamp(a), month: clamp(b) });
    },
    setWindowMode: (windowMode) => {
      // Entering a range or "since" from a single month starts the window a few months back.
      const s = get();
      const start = s.windowMode === 'month' || monthIndex(s.windowStart) > monthIndex(s.month) ? clamp(addMonths(s.month, windowMode === 'range' ? -3 : -12)) : s.windowStart;
      set({ windowMode, windowStart: start });
    },
    setTimeWindow: ({ mode, start, month }) => {
      const end = clamp(month);
      const first = clamp(start);
      const next = { windowMode: mode, month: end, windowStart: monthIndex(first) > monthIndex(end) ? end : first };
      set(next);
      return { start: next.windowStart, month: end };
    },
    cycleWindowMode: () => {
      const i = WINDOW_MODES.indexOf(get().windowMode);
      get().setWindowMode(WINDOW_MODES[(i + 1) % WINDOW_MODES.length] ?? 'month');
    },
    toggleTrail: () => set({ trail: !get().trail }),
    setTrail: (trail) => set({ trail }),
    stepMonth: (delta) => set(moveWindow(delta)),
    goToEdge: (edge) => {
      const target = edge === 'first' ? bounds().from : bounds().to;
      const s = get();
      const delta = monthIndex(target) - monthIndex(edge === 'first' && s.windowMode === 'range' ? s.windowStart : s.month);
      set({ ...moveWindow(delta), playing: false });
    },
    setPlaying: (playing) => {
      // Playing from the last month restarts at the first, as media players do.
      if (playing && get().month === bounds().to) get().goToEdge('first');
      set({ playing });
    },
    togglePlay: () => get().setPlaying(!get().playing),
    setSpeed: (speed) => set({ speed }),
  };
};
