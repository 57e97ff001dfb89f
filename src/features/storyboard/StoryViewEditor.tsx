/** Edits one storyboard view's texts; shows it on the map, presents from it, duplicates or deletes it. */
import { useId } from 'react';
import type { StoryOverlayHiding, StoryView } from '../../domain/storyboard';
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
      <label htmlFor={`${id}-notes`}>Speaker notes (in the speaker window only, never on the slide)</label>
      <textarea id={`${id}-notes`} rows={2} value={view.notes} onChange={(e) => update({ notes: e.target.value })} />
      <HidingChoices view={view} />
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

const HIDEABLE: { key: keyof StoryOverlayHiding; label: string }[] = [
  { key: 'caption', label: 'caption' },
  { key: 'badge', label: 'position (1 / 3)' },
  { key: 'legend', label: 'legend' },
];

/** Which overlays this view hides while presenting (H hides them all on any view). */
function HidingChoices({ view }: { view: StoryView }) {
  const toggle = (key: keyof StoryOverlayHiding, on: boolean) => {
    const { [key]: _dropped, ...rest } = view.hide ?? {};
    const hide: StoryOverlayHiding = on ? { ...rest, [key]: true } : rest;
    useAppStore.getState().updateView(view.id, { hide: Object.keys(hide).length ? hide : undefined });
  };
  return (
    <fieldset className="story-editor-hiding">
      <legend>While presenting, hide</legend>
      {HIDEABLE.map(({ key, label }) => (
        <label key={key}>
          <input type="checkbox" checked={Boolean(view.hide?.[key])} onChange={(e) => toggle(key, e.target.checked)} data-testid={`story-hide-${key}`} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

/** The live map state, keeping this view's id, texts and hidden overlays. */
function recapture(view: StoryView): StoryView {
  return { ...viewFromState(useAppStore.getState(), view.id, view), ...(view.hide ? { hide: view.hide } : {}) };
}
