import { useMemo } from 'react';
import { monthIndex } from '../../domain/month';
import type { Dataset } from '../../domain/types';
import { useAppStore } from '../../state/store';

/** Dated events as small markers above the track; one per event, opened as a card on click. */
export function EventMarkers({ dataset, first, last }: { dataset: Dataset; first: number; last: number }) {
  const openEvent = useAppStore((s) => s.openEvent);
  const openEventId = useAppStore((s) => s.openEventId);
  const setMonth = useAppStore((s) => s.setMonth);
  const markers = useMemo(
    () => dataset.events.map((e) => ({ event: e, left: ((monthIndex(e.month) - first) / (last - first)) * 100 })),
    [dataset, first, last],
  );
  return (
    <div className="event-markers" role="list" aria-label="Dated events">
      {markers.map(({ event, left }) => (
        <button
          key={event.id}
          type="button"
          role="listitem"
          className={`event-marker kind-${event.kind}${openEventId === event.id ? ' open' : ''}`}
          style={{ left: `${left}%` }}
          title={`${event.date}: ${event.title}`}
          aria-label={`${event.date}: ${event.title}`}
          data-testid="event-marker"
          onClick={() => {
            setMonth(event.month);
            openEvent(event.id);
          }}
        />
      ))}
    </div>
  );
}
