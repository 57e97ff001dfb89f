/** What exports read from the store: the period, theme, marking, storyboard and the view to restore. */
import { formatMonthLong, monthKey, type MonthKey } from '../../domain/month';
import type { StoryView } from '../../domain/storyboard';
import { windowBounds } from '../../domain/time-window';
import { selectTimeWindow } from '../../state/slices/time-slice';
import type { AppState } from '../../state/store';
import type { OverlayTheme } from './draw-overlay';
import { t } from '../../domain/i18n';

export function readMarking(state: AppState): string {
  return state.marking.trim();
}

export function readTheme(state: AppState): OverlayTheme {
  return state.theme;
}

export interface StoryAccess {
  views: StoryView[];
  applyView: AppState['applyView'];
}

export function readStoryboard(state: AppState): StoryAccess {
  return { views: state.storyboard, applyView: state.applyView };
}

export function windowMonths(state: AppState): { from: MonthKey; to: MonthKey } {
  const { from, to } = windowBounds(selectTimeWindow(state));
  return { from: monthKey(from), to: monthKey(to) };
}

/** 'October 2015', or 'August 2015 – October 2015' for a range. */
export function describePeriod(months: { from: MonthKey; to: MonthKey }): string {
  return months.from === months.to ? formatMonthLong(months.to) : t('time.monthRange', { from: formatMonthLong(months.from), to: formatMonthLong(months.to) });
}

/** The user's view as a storyboard view, to put it back after stepping through the storyboard. */
export function currentView(state: AppState, camera: { lon: number; lat: number; zoom: number }): StoryView {
  return {
    id: 'media-export-restore',
    title: '',
    caption: '',
    notes: '',
    camera,
    month: state.month,
    windowMode: state.windowMode,
    windowStart: state.windowStart,
    trail: state.trail,
    visibleLayers: Object.entries(state.layers)
      .filter(([, on]) => on)
      .map(([id]) => id),
    filters: state.filters,
    selected: state.selected,
  };
}
