import { useMemo, useRef, useState } from 'react';
import { monthIndex } from '../../domain/month';
import type { Dataset } from '../../domain/types';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';

/** Keys that move among the markers (the rest stay shortcuts while a marker has focus). */
const MOVE_KEYS = 'ArrowLeft ArrowRight ArrowUp ArrowDown Home End';

/** The index a key moves to from `index` among `count` markers, or null for a key that does not move. */
export function markerStep(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(count - 1, index + 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(0, index - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/** The first marker at or after `month` (the last one when every event is earlier). */
export function markerNearMonth(months: readonly number[], month: number): number {
  const at = months.findIndex((m) => m >= month);
  return at === -1 ? months.length - 1 : at;
}

/**
 * Dated events as small markers above the track; one per event, opened as a card with Enter or a
 * click. The row is one tab stop (a toolbar): Tab lands on the marker at or after the month shown,
 * arrow keys, Home and End move among the markers.
 */
export function EventMarkers({ dataset, first, last }: { dataset: Dataset; first: number; last: number }) {
  const openEvent = useAppStore((s) => s.openEvent);
  const t = useT();
  const openEventId = useAppStore((s) => s.openEventId);
  const setMonth = useAppStore((s) => s.setMonth);
  const [active, setActive] = useState(0);
  const row = useRef<HTMLDivElement>(null);
  const markers = useMemo(
    () =>
      dataset.events
        .map((e) => ({ event: e, index: monthIndex(e.month), left: ((monthIndex(e.month) - first) / (last - first)) * 100 }))
        // Arrow keys go through time: in month order, whatever the data's order.
        .sort((a, b) => a.index - b.index),
    [dataset, first, last],
  );
  const tabbable = Math.min(active, markers.length - 1);
  const focusMarker = (index: number) => {
    setActive(index);
    row.current?.querySelectorAll<HTMLButtonElement>('.event-marker')[index]?.focus();
  };
  const onFocus = (event: React.FocusEvent) => {
    // Tabbing in from outside: start at the month on screen (read now, so a month step does not re-render the markers).
    if (row.current?.contains(event.relatedTarget as Node | null)) return;
    const near = markerNearMonth(markers.map((m) => m.index), monthIndex(useAppStore.getState().month));
    if (near !== tabbable && near >= 0) focusMarker(near);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    // From the marker that has focus (the state may not have caught up with a focus moved a moment ago).
    const buttons = [...(row.current?.querySelectorAll<HTMLButtonElement>('.event-marker') ?? [])];
    const from = buttons.indexOf(event.target as HTMLButtonElement);
    const next = markerStep(event.key, from === -1 ? tabbable : from, markers.length);
    if (next === null) return;
    event.preventDefault();
    focusMarker(next);
  };
  return (
    <div className="event-markers" role="toolbar" aria-label={t('timeline.eventMarkers', { count: markers.length })} ref={row} onFocus={onFocus} onKeyDown={onKeyDown} data-own-keys={MOVE_KEYS}>
      {markers.map(({ event, left }, i) => (
        <button
          key={event.id}
          type="button"
          tabIndex={i === tabbable ? 0 : -1}
          className={`event-marker kind-${event.kind}${openEventId === event.id ? ' open' : ''}`}
          style={{ left: `${left}%` }}
          title={t('timeline.eventMarker', { date: event.date, title: event.title })}
          aria-label={t('timeline.eventMarker', { date: event.date, title: event.title })}
          data-testid="event-marker"
          onClick={() => {
            setActive(i);
            setMonth(event.month);
            openEvent(event.id);
          }}
        />
      ))}
    </div>
  );
}
