import type { Dataset } from '../../domain/types';
import { SourceList } from '../sources/SourceList';
import { useT } from '../i18n/use-t';

/** The description of an opened event marker, floating above the timeline. */
export function EventCard({ dataset, eventId, onClose }: { dataset: Dataset; eventId: string; onClose: () => void }) {
  const t = useT();
  const event = dataset.events.find((e) => e.id === eventId);
  if (!event) return null;
  return (
    <aside className="event-card" role="dialog" aria-labelledby="event-card-title" data-testid="event-card">
      <header>
        <p className="eyebrow">{
            // The kind is the data's own word; the status is one of the format's three.
            event.status !== 'confirmed'
              ? t('timeline.eventEyebrowStatus', { date: event.date, kind: event.kind.replace('-', ' '), status: event.status })
              : t('timeline.eventEyebrow', { date: event.date, kind: event.kind.replace('-', ' ') })
          }</p>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('timeline.closeEvent')}>×</button>
      </header>
      <h2 id="event-card-title">{event.title}</h2>
      <p>{event.description}</p>
      {event.notes ? <p className="muted">{event.notes}</p> : null}
      <SourceList dataset={dataset} keys={event.sources} />
    </aside>
  );
}
