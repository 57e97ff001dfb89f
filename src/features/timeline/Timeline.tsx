/**
 * The month slider along the bottom: play/speed at the left, the histogram of monthly detections
 * behind the track, dated events as markers above it, and the current month large at the right.
 * A month step renders none of it: the parts that show the month (the slider's thumbs and their
 * values, the month label, the month's total, the histogram's emphasised bars) follow the store
 * through a subscription that writes the DOM (`watchWindow`). React renders the timeline when its
 * structure changes: the data, the window mode (one thumb or two), the trail, the language.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { formatMonthLong, formatMonthShort, monthIndex, monthKey } from '../../domain/month';
import type { Dataset } from '../../domain/types';
import { monthlyDetectionTotals } from '../../state/selectors';
import { useAppStore, type AppState } from '../../state/store';
import { EventMarkers as EventMarkersView } from './EventMarkers';
import { PlayControls as PlayControlsView } from './PlayControls';
import { WindowControls as WindowControlsView } from './WindowControls';
import { formatWindow, windowBounds, type WindowMode } from '../../domain/time-window';
import { selectTimeWindow } from '../../state/slices/time-slice';
import { Histogram } from './Histogram';
import { formatNumber } from '../../domain/format-number';
import { useT } from '../i18n/use-t';
import { MonthSlider } from './MonthSlider';
import type { SliderKeyAction } from './slider-values';

const EventMarkers = memo(EventMarkersView);
const PlayControls = memo(PlayControlsView);
const WindowControls = memo(WindowControlsView);

const windowChanged = (s: AppState, p: AppState) => s.month !== p.month || s.windowStart !== p.windowStart || s.windowMode !== p.windowMode || s.trail !== p.trail;

/** Calls back whenever the user's time window changes (not on any other store change); returns the unsubscribe function. */
export function watchWindow(onChange: () => void): () => void {
  return useAppStore.subscribe((state, previous) => {
    if (windowChanged(state, previous)) onChange();
  });
}

/** The window's first and last month index now. */
export function currentBounds(): { from: number; to: number } {
  return windowBounds(selectTimeWindow(useAppStore.getState()));
}

/** The slider's values in `mode`: the month, or the window's start and end. */
function thumbValues(mode: WindowMode): number[] {
  const { from, to } = currentBounds();
  return mode === 'month' ? [to] : [from, to];
}

function onSliderValues(values: number[]) {
  const [a, b] = values;
  if (a === undefined) return;
  const state = useAppStore.getState();
  if (b === undefined) state.setMonth(monthKey(a));
  else state.setWindowRange(monthKey(a), monthKey(b));
}

function onSliderKey(action: SliderKeyAction) {
  const state = useAppStore.getState();
  if ('step' in action) state.stepMonth(action.step);
  else state.goToEdge(action.edge);
}

/** The slider's value texts in `language` (the active one: a new function per language, so the slider writes them again). */
const monthTexts = (language: string) => {
  void language;
  return (value: number) => formatMonthLong(monthKey(value));
};

export function Timeline({ dataset }: { dataset: Dataset }) {
  // One selector per field, and none for the month: a step re-renders nothing here.
  const t = useT();
  const windowMode = useAppStore((s) => s.windowMode);
  const trail = useAppStore((s) => s.trail);
  const first = monthIndex(dataset.months.from);
  const last = monthIndex(dataset.months.to);
  const totals = useMemo(() => monthlyDetectionTotals(dataset), [dataset]);
  const label = useRef<HTMLOutputElement>(null);
  const total = useRef<HTMLSpanElement>(null);

  // The month label and the month's total, now and on each change of the window (t: the language).
  useLayoutEffect(() => {
    const apply = () => {
      const state = useAppStore.getState();
      const timeWindow = selectTimeWindow(state);
      if (label.current) label.current.textContent = formatWindow(timeWindow);
      const monthTotal = totals[monthIndex(state.month) - first]?.total;
      if (total.current) total.current.textContent = monthTotal !== undefined ? t('timeline.total', { count: formatNumber(monthTotal) }) : '';
    };
    apply();
    return watchWindow(apply);
  }, [t, totals, first]);

  const read = useCallback(() => thumbValues(windowMode), [windowMode]);
  const language = useAppStore((s) => s.language);
  const texts = useMemo(() => monthTexts(language), [language]);
  const thumbLabels = useMemo(() => (windowMode === 'month' ? [t('timeline.monthThumb')] : [t('timeline.windowStartThumb'), t('timeline.monthThumb')]), [windowMode, t]);

  return (
    <section className="timeline" aria-label={t('timeline.label')}>
      <PlayControls />
      <div className="timeline-track-area">
        <EventMarkers dataset={dataset} first={first} last={last} />
        <div className="timeline-track-wrap">
          <Histogram totals={totals} first={first} bounds={currentBounds} watch={watchWindow} />
          <MonthSlider
            min={first}
            max={last}
            label={t('timeline.windowSlider')}
            thumbLabels={thumbLabels}
            read={read}
            watch={watchWindow}
            valueText={texts}
            onValues={onSliderValues}
            onKey={onSliderKey}
            testId="timeline-slider"
          />
        </div>
        <YearAxis first={first} last={last} />
      </div>
      <div className="timeline-month">
        <output ref={label} data-testid="month-label" className={`month-label${windowMode === 'month' ? '' : ' window'}`} aria-live="polite" />
        <WindowControls mode={windowMode} trail={trail} />
        <span className="month-total" title={t('timeline.totalTitle')}>
          <span ref={total} />
          <span className="source-line">{` · ${t('timeline.sourceLine')}`}</span>
        </span>
      </div>
    </section>
  );
}

const YearAxis = memo(function YearAxis({ first, last }: { first: number; last: number }) {
  return (
    <div className="timeline-axis" aria-hidden>
      {yearTicks(first, last).map((t) => (
        <span key={t.index} style={{ left: `${((t.index - first) / (last - first)) * 100}%` }}>{t.label}</span>
      ))}
    </div>
  );
});

function yearTicks(first: number, last: number) {
  const ticks: { index: number; label: string }[] = [];
  for (let i = first; i <= last; i++) {
    if (i % 12 === 0) {
      const year = Math.floor(i / 12);
      ticks.push({ index: i, label: year % 2 === 1 ? formatMonthShort(monthKey(i)).slice(4) : String(year) });
    }
  }
  return ticks;
}
