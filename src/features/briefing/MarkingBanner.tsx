/**
 * The marking line (a handling or classification caveat) as a strip at the top and the bottom of the
 * screen, in every mode including the presenter. Shown as text, never as HTML.
 */
import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';
import './briefing.css';

export const HAS_MARKING_CLASS = 'has-marking';

export function MarkingBanner() {
  const t = useT();
  const marking = useAppStore((s) => s.marking.trim());
  const large = useAppStore((s) => s.theme === 'projector');
  useEffect(() => {
    // The page makes room for the strips, so they never cover the map's controls or the timeline.
    document.documentElement.classList.toggle(HAS_MARKING_CLASS, marking !== '');
    return () => document.documentElement.classList.remove(HAS_MARKING_CLASS);
  }, [marking]);
  if (!marking) return null;
  return (
    <>
      <div className={`marking-banner top${large ? ' projector' : ''}`} role="note" aria-label={t('briefing.markingLabel')} data-testid="marking-top">
        {marking}
      </div>
      <div className={`marking-banner bottom${large ? ' projector' : ''}`} aria-hidden="true" data-testid="marking-bottom">
        {marking}
      </div>
    </>
  );
}
