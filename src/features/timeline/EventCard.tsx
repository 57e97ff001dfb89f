import type { Dataset } from '../../domain/types';
import { SourceList } from '../sources/SourceList';

/** The description of an opened event marker, floating above the timeline. */
export function EventCard({ dataset, eventId, onClose }: { dataset: Dataset; eventId: string; onClose: () => void }) {
  const event = dataset.events.find((e) => e.id === eventId);
  if (!event) return null;
  return (
    <aside className="event-card" role="dialog" aria-labelledby="event-card-title" data-testid="event-card">
      <header>
        <p className="eyebrow">{event.date} · {event.kind.replace('-', ' ')}{event.status !== 'confirmed' ? ` · ${event.status}` : ''}</p>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close event">×</button>
      </header>
      <h2 id="event-card-title">{event.title}</h2>
      <p>{event.description}</p>
      {event.notes ? <p className="muted">{event.notes}</p> : null}
      <SourceList dataset={dataset} keys={event.sources} />
    </aside>
  );
}
