/** Edits one storyboard view's texts; shows it on the map, presents from it, duplicates or deletes it. */
import { useId } from 'react';
import type { StoryView } from '../../domain/storyboard';
import { viewFromState } from '../../state/slices/storyboard-slice';
import { useAppStore } from '../../state/store';

interface StoryViewEditorProps {
  view: StoryView;
  index: number;
  onDuplicate: () => void;
  onDelete: () => void;
}

export function StoryViewEditor({ view, index, onDuplicate, onDelete }: StoryViewEditorProps) {
  const id = useId();
  const update = (patch: Partial<StoryView>) => useAppStore.getState().updateView(view.id, patch);
  return (
    <div className="story-editor" role="group" aria-label={`View ${index + 1}: ${view.title}`} data-testid="story-editor">
      <label htmlFor={`${id}-title`}>Title</label>
      <input id={`${id}-title`} type="text" value={view.title} onChange={(e) => update({ title: e.target.value })} data-testid="story-title" />
      <label htmlFor={`${id}-caption`}>Caption (on the slide)</label>
      <textarea id={`${id}-caption`} rows={2} value={view.caption} onChange={(e) => update({ caption: e.target.value })} data-testid="story-caption" />
      <label htmlFor={`${id}-notes`}>Speaker notes (never on the slide)</label>
      <textarea id={`${id}-notes`} rows={2} value={view.notes} onChange={(e) => update({ notes: e.target.value })} />
      <div className="story-editor-actions">
        <button type="button" onClick={() => useAppStore.getState().applyView(view, { animate: true })}>Show</button>
        <button type="button" onClick={() => useAppStore.getState().updateView(view.id, recapture(view))} title="Replace the camera, time, layers, filters and selection with the map as it is now">
          Update from map
        </button>
        <button type="button" onClick={() => useAppStore.getState().startPresenting(index)}>Present from here</button>
        <button type="button" onClick={onDuplicate}>Duplicate</button>
        <button type="button" onClick={onDelete} data-testid="story-delete">Delete</button>
      </div>
    </div>
  );
}

/** The live map state, keeping this view's id and texts. */
function recapture(view: StoryView): StoryView {
  return viewFromState(useAppStore.getState(), view.id, view);
}
