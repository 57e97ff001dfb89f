/** Edits one storyboard view's texts; shows it on the map, presents from it, duplicates or deletes it. */
import { useId } from 'react';
import type { StoryOverlayHiding, StoryView } from '../../domain/storyboard';
import { viewFromState } from '../../state/slices/storyboard-slice';
import { useAppStore } from '../../state/store';
import type { MessageKey } from '../../domain/i18n';
import { useT } from '../i18n/use-t';

interface StoryViewEditorProps {
  view: StoryView;
  index: number;
  onDuplicate: () => void;
  onDelete: () => void;
}

export function StoryViewEditor({ view, index, onDuplicate, onDelete }: StoryViewEditorProps) {
  const t = useT();
  const id = useId();
  const update = (patch: Partial<StoryView>) => useAppStore.getState().updateView(view.id, patch);
  return (
    <div className="story-editor" role="group" aria-label={t('storyboard.editorLabel', { position: index + 1, title: view.title })} data-testid="story-editor">
      <label htmlFor={`${id}-title`}>{t('storyboard.title')}</label>
      <input id={`${id}-title`} type="text" value={view.title} onChange={(e) => update({ title: e.target.value })} data-testid="story-title" />
      <label htmlFor={`${id}-caption`}>{t('storyboard.caption')}</label>
      <textarea id={`${id}-caption`} rows={2} value={view.caption} onChange={(e) => update({ caption: e.target.value })} data-testid="story-caption" />
      <label htmlFor={`${id}-notes`}>{t('storyboard.notes')}</label>
      <textarea id={`${id}-notes`} rows={2} value={view.notes} onChange={(e) => update({ notes: e.target.value })} />
      <HidingChoices view={view} />
      <div className="story-editor-actions">
        <button type="button" onClick={() => useAppStore.getState().applyView(view, { animate: true })}>{t('storyboard.show')}</button>
        <button type="button" onClick={() => useAppStore.getState().updateView(view.id, recapture(view))} title={t('storyboard.updateFromMapTitle')}>
          {t('storyboard.updateFromMap')}
        </button>
        <button type="button" onClick={() => useAppStore.getState().startPresenting(index)}>{t('storyboard.presentFromHere')}</button>
        <button type="button" onClick={onDuplicate}>{t('storyboard.duplicate')}</button>
        <button type="button" onClick={onDelete} data-testid="story-delete">{t('storyboard.delete')}</button>
      </div>
    </div>
  );
}

const HIDEABLE: { key: keyof StoryOverlayHiding; label: MessageKey }[] = [
  { key: 'caption', label: 'storyboard.hideCaption' },
  { key: 'badge', label: 'storyboard.hideBadge' },
  { key: 'legend', label: 'storyboard.hideMapLegend' },
];

/** Which overlays this view hides while presenting (H hides them all on any view). */
function HidingChoices({ view }: { view: StoryView }) {
  const t = useT();
  const toggle = (key: keyof StoryOverlayHiding, on: boolean) => {
    const { [key]: _dropped, ...rest } = view.hide ?? {};
    const hide: StoryOverlayHiding = on ? { ...rest, [key]: true } : rest;
    useAppStore.getState().updateView(view.id, { hide: Object.keys(hide).length ? hide : undefined });
  };
  return (
    <fieldset className="story-editor-hiding">
      <legend>{t('storyboard.hideLegend')}</legend>
      {HIDEABLE.map(({ key, label }) => (
        <label key={key}>
          <input type="checkbox" checked={Boolean(view.hide?.[key])} onChange={(e) => toggle(key, e.target.checked)} data-testid={`story-hide-${key}`} /> {t(label)}
        </label>
      ))}
    </fieldset>
  );
}

/** The live map state, keeping this view's id, texts and hidden overlays. */
function recapture(view: StoryView): StoryView {
  return { ...viewFromState(useAppStore.getState(), view.id, view), ...(view.hide ? { hide: view.hide } : {}) };
}
