/**
 * The presenter: one storyboard view at a time over the full-screen map, with its title and caption,
 * the month, the position ("2 / 3") and a progress line. Keys come from the command registry
 * (the presenter commands take over while presenting). Speaker notes are never shown here, on the
 * audience's screen: they are in the speaker window (N), which this window keeps in step.
 */
import { useRef } from 'react';
import { useAppStore } from '../../state/store';
import { CommandButton } from '../commands/CommandButton';
import { useT } from '../i18n/use-t';
import { useAudienceLink } from '../speaker/use-audience-link';
import { useAutoAdvance, usePlayBetween, usePresenterSession } from './use-presenter-session';
import { useFramePadding } from './use-frame-padding';
import { PresenterDock } from './PresenterDock';
import type { PresentingState } from '../../state/slices/storyboard-slice';
import type { StoryView } from '../../domain/storyboard';
import './presenter.css';

/** Which overlays are shown: a view can hide its own, the H key hides all three. */
function shownOverlays(presenting: PresentingState | null, view: StoryView | undefined) {
  const all = !presenting?.overlaysHidden;
  return { caption: all && !view?.hide?.caption, badge: all && !view?.hide?.badge, legend: all && !view?.hide?.legend };
}

export function Presenter() {
  const presenting = useAppStore((s) => s.presenting);
  const t = useT();
  const storyboard = useAppStore((s) => s.storyboard);
  const root = useRef<HTMLDivElement>(null);
  const index = presenting?.index ?? null;
  usePresenterSession(useAppStore, presenting !== null, root);
  useAudienceLink(useAppStore);
  usePlayBetween(useAppStore, index);
  useAutoAdvance(useAppStore, index, presenting?.autoAdvanceSeconds ?? null, presenting?.blanked ?? false, storyboard.length);
  const view = index === null ? undefined : storyboard[index];
  const shown = shownOverlays(presenting, view);
  useFramePadding(useAppStore, root, view?.bounds, `${view?.id}|${shown.caption}|${shown.badge}|${shown.legend}`);
  if (!presenting) return null;
  const count = storyboard.length;
  const position = t('presenter.position', { position: presenting.index + 1, count });
  return (
    <div className="presenter" ref={root} tabIndex={-1} role="region" aria-roledescription="presentation" aria-label={t('presenter.label', { position: presenting.index + 1, count })} data-testid="presenter">
      {view ? <PresenterDock view={view} caption={shown.caption} legend={shown.legend} /> : null}
      {shown.badge ? (
        <p className="presenter-position" data-frame-overlay="badge" data-testid="presenter-position" aria-live="polite">
          {position}
        </p>
      ) : null}
      <div className="presenter-progress" data-frame-overlay="progress" aria-hidden="true">
        <div style={{ width: `${((presenting.index + 1) / Math.max(1, count)) * 100}%` }} />
      </div>
      <CommandButton id="present.speaker" className="presenter-speaker" data-frame-overlay="speaker" data-testid="presenter-speaker-window" />
      <button type="button" className="presenter-exit" data-frame-overlay="exit" onClick={() => useAppStore.getState().stopPresenting()} aria-label={t('presenter.exit')}>
        ×
      </button>
      {presenting.blanked ? <div className="presenter-blank" data-testid="presenter-blank" aria-label={t('presenter.blanked')} role="img" /> : null}
    </div>
  );
}
