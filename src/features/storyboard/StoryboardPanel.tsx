/**
 * The storyboard section of the side panel: capture the map as a view, reorder views (drag, or
 * Alt+↑/↓ on the focused view), edit, duplicate, delete with Undo, and start the presenter.
 */
import { useState } from 'react';
import { t as translate } from '../../domain/i18n';
import { formatMonthShort } from '../../domain/month';
import type { StoryView } from '../../domain/storyboard';
import { useAppStore } from '../../state/store';
import { CommandButton } from '../commands/CommandButton';
import { useT } from '../i18n/use-t';
import { StoryViewEditor } from './StoryViewEditor';
import { BuiltInStoryButton } from './BuiltInStoryButton';
import './storyboard.css';

function deleteWithUndo(view: StoryView) {
  const removed = useAppStore.getState().deleteView(view.id);
  if (!removed) return;
  useAppStore.getState().pushNotice('info', translate('storyboard.viewDeleted', { title: view.title }), { label: translate('storyboard.undo'), run: () => useAppStore.getState().restoreView(removed.view, removed.index) });
}

export function StoryboardPanel() {
  const t = useT();
  const views = useAppStore((s) => s.storyboard);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const selected = views.find((v) => v.id === selectedId) ?? null;

  const move = (view: StoryView, to: number) => {
    if (to < 0 || to >= views.length) return;
    useAppStore.getState().moveView(view.id, to);
    setAnnouncement(t('storyboard.viewMoved', { title: view.title, position: to + 1, count: views.length }));
  };
  const onItemKey = (event: React.KeyboardEvent, view: StoryView, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(view, index + (event.key === 'ArrowUp' ? -1 : 1));
  };
  const capture = () => {
    const view = useAppStore.getState().captureView();
    setSelectedId(view.id);
    setAnnouncement(t('storyboard.viewCaptured', { title: view.title, count: useAppStore.getState().storyboard.length }));
  };

  return (
    <div className="storyboard-panel" data-testid="storyboard-panel">
      <div className="storyboard-actions">
        <button type="button" onClick={capture} data-testid="capture-view">
          {t('storyboard.captureView')}
        </button>
        <CommandButton id="present.start" disabled={views.length === 0} data-testid="present-button" />
        <CommandButton id="speaker.open" title={t('storyboard.speakerButtonTitle')} data-testid="speaker-window-button" />
      </div>
      <BuiltInStoryButton place="panel" />
      {views.length === 0 ? (
        <p className="small muted" data-testid="storyboard-empty">
          {t('storyboard.empty')}
        </p>
      ) : (
        <ol className="story-list" aria-label={t('storyboard.listLabel')} data-own-keys>
          {views.map((view, index) => (
            <li
              key={view.id}
              className={`story-item${view.id === selectedId ? ' selected' : ''}${view.id === dragId ? ' dragging' : ''}`}
              draggable
              onDragStart={(e) => {
                setDragId(view.id);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', view.id);
              }}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const dragged = views.find((v) => v.id === dragId);
                if (dragged) move(dragged, index);
                setDragId(null);
              }}
              onDragEnd={() => setDragId(null)}
              data-testid="story-item"
            >
              <button
                type="button"
                className="story-item-button"
                aria-pressed={view.id === selectedId}
                onClick={() => setSelectedId(view.id === selectedId ? null : view.id)}
                onKeyDown={(e) => onItemKey(e, view, index)}
              >
                <span className="story-index" aria-hidden="true">{index + 1}</span>
                <span className="story-title">{view.title || t('storyboard.untitledView')}</span>
                <span className="story-month">{formatMonthShort(view.month)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {selected ? (
        <StoryViewEditor
          view={selected}
          index={views.indexOf(selected)}
          onDuplicate={() => {
            const copy = useAppStore.getState().duplicateView(selected.id);
            if (copy) setSelectedId(copy.id);
          }}
          onDelete={() => {
            deleteWithUndo(selected);
            setSelectedId(null);
          }}
        />
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
