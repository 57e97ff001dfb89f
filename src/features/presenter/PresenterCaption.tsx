/** The view's month, title, caption and sources, as the room reads them. */
import { formatPresentedWindow } from '../../domain/time-window';
import { storySourceTitles } from '../../domain/story-sources';
import { useAppStore } from '../../state/store';
import type { StoryView } from '../../domain/storyboard';
import { useT } from '../i18n/use-t';

/** The month shown, subscribed here: outside a presentation a month step does not re-render the presenter. */
function PresenterMonth() {
  const month = useAppStore((s) => s.month);
  const windowMode = useAppStore((s) => s.windowMode);
  const windowStart = useAppStore((s) => s.windowStart);
  // Month names are in the active language: a language change re-renders the month.
  useAppStore((s) => s.language);
  return <p className="presenter-month" data-testid="presenter-month">{formatPresentedWindow(windowMode, windowStart, month)}</p>;
}

/** The view's sources under the caption, by short title (the dataset's sources say what each key is). */
function PresenterSources({ keys }: { keys: string[] | undefined }) {
  const t = useT();
  const sources = useAppStore((s) => s.dataset?.sources);
  const titles = storySourceTitles(sources ?? [], keys);
  if (titles.length === 0) return null;
  return (
    <p className="presenter-sources" data-testid="presenter-sources" title={titles.join(" · ")}>
      <span className="presenter-sources-label">{t('presenter.sources')}</span>
      {titles.join(' · ')}
    </p>
  );
}

export function PresenterCaption({ view }: { view: StoryView }) {
  return (
    <div className="presenter-caption" data-frame-overlay="caption" data-testid="presenter-caption">
      <PresenterMonth />
      <h2 className="presenter-title">{view.title}</h2>
      {view.caption ? <p className="presenter-text">{view.caption}</p> : null}
      <PresenterSources keys={view.sources} />
    </div>
  );
}
