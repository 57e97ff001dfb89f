/**
 * The month slider along the bottom: play/speed at the left, the histogram of monthly detections
 * behind the track, dated events as markers above it, and the current month large at the right.
 * It re-renders on every month step: the parts that do not show the month are memoised or
 * subscribed on their own, so a step only re-renders the slider, the labels and the histogram's
 * emphasised bars.
 */
import * as Slider from '@radix-ui/react-slider';
import { memo, useMemo } from 'react';
import { formatMonthLong, formatMonthShort, monthIndex, monthKey } from '../../domain/month';
import type { Dataset } from '../../domain/types';
import { monthlyDetectionTotals } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { EventMarkers as EventMarkersView } from './EventMarkers';
import { PlayControls as PlayControlsView } from './PlayControls';
import { WindowControls as WindowControlsView } from './WindowControls';
import { formatWindow, windowBounds } from '../../domain/time-window';
import { selectTimeWindow } from '../../state/slices/time-slice';
import { Histogram } from './Histogram';
import { formatNumber } from '../../domain/format-number';
import { useT } from '../i18n/use-t';

const EventMarkers = memo(EventMarkersView);
const PlayControls = memo(PlayControlsView);
const WindowControls = memo(WindowControlsView);

export function Timeline({ dataset }: { dataset: Dataset }) {
  // One selector per field: no object built and compared on every store change (hover included).
  const month = useAppStore((s) => s.month);
  const setMonth = useAppStore((s) => s.setMonth);
  const t = useT();
  const windowMode = useAppStore((s) => s.windowMode);
  const windowStart = useAppStore((s) => s.windowStart);
  const trail = useAppStore((s) => s.trail);
  const timeWindow = selectTimeWindow({ windowMode, windowStart, month, trail });
  const bounds = windowBounds(timeWindow);
  const first = monthIndex(dataset.months.from);
  const last = monthIndex(dataset.months.to);
  const current = monthIndex(month);
  const totals = useMemo(() => monthlyDetectionTotals(dataset), [dataset]);
  const currentTotal = totals[current - first]?.total;

  return (
    <section className="timeline" aria-label={t('timeline.label')}>
      <PlayControls />
      <div className="timeline-track-area">
        <EventMarkers dataset={dataset} first={first} last={last} />
        <div className="timeline-track-wrap">
          <Histogram totals={totals} from={bounds.from - first} to={bounds.to - first} />
          <Slider.Root
            className="slider-root"
            min={first}
            max={last}
            step={1}
            minStepsBetweenThumbs={0}
            value={windowMode === 'month' ? [current] : [bounds.from, current]}
            onValueChange={(values) => {
              const [a, b] = values;
              if (a === undefined) return;
              if (b === undefined) setMonth(monthKey(a));
              else useAppStore.getState().setWindowRange(monthKey(a), monthKey(b));
            }}
            aria-label={t('timeline.windowSlider')}
          >
            <Slider.Track className="slider-track">
              <Slider.Range className="slider-range" />
            </Slider.Track>
            {windowMode === 'month' ? null : (
              <Slider.Thumb className="slider-thumb start" aria-label={t('timeline.windowStartThumb')} aria-valuetext={formatMonthLong(monthKey(bounds.from))} />
            )}
            <Slider.Thumb className="slider-thumb" data-testid="timeline-slider" aria-label={t('timeline.monthThumb')} aria-valuetext={formatMonthLong(month)} />
          </Slider.Root>
        </div>
        <YearAxis first={first} last={last} />
      </div>
      <div className="timeline-month">
        <output data-testid="month-label" className={`month-label${windowMode === 'month' ? '' : ' window'}`} aria-live="polite">
          {formatWindow(timeWindow)}
        </output>
        <WindowControls mode={windowMode} trail={trail} />
        <span className="month-total" title={t('timeline.totalTitle')}>
          {currentTotal !== undefined ? t('timeline.total', { count: formatNumber(currentTotal) }) : ''}
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
