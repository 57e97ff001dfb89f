/**
 * Opens the built-in briefing "How the route shifted": from the start of the side panel (and then
 * presents it) or from the storyboard section (and puts it in the storyboard). When the storyboard
 * has views already, it asks first: replace them (Undo brings them back) or add the briefing after.
 */
import { useEffect, useRef, useState } from 'react';
import type { BuiltInStory } from '../../domain/storyboard';
import { t as translate } from '../../domain/i18n';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';
import { fetchBuiltInStory, localizedStory, openStoryInStoryboard, type StoryOpenMode } from './open-built-in-story';
import './storyboard.css';

type Phase = { step: 'idle' } | { step: 'loading' } | { step: 'ask'; story: BuiltInStory; existing: number };

export interface BuiltInStoryButtonProps {
  /** 'start': the side panel's start, presents the briefing; 'panel': the storyboard section, fills the storyboard. */
  place: 'start' | 'panel';
}

export function BuiltInStoryButton({ place }: BuiltInStoryButtonProps) {
  const t = useT();
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const firstChoice = useRef<HTMLButtonElement>(null);
  const present = place === 'start';
  const testid = place === 'start' ? 'start-briefing' : 'storyboard-briefing';

  useEffect(() => {
    if (phase.step === 'ask') firstChoice.current?.focus();
  }, [phase.step]);

  const open = (story: BuiltInStory, mode: StoryOpenMode) => {
    setPhase({ step: 'idle' });
    openStoryInStoryboard(useAppStore, story, mode, { present });
  };
  const start = async () => {
    if (phase.step === 'loading') return;
    setPhase({ step: 'loading' });
    let story: BuiltInStory;
    try {
      story = await fetchBuiltInStory();
    } catch (error) {
      setPhase({ step: 'idle' });
      useAppStore.getState().pushNotice('error', error instanceof Error ? error.message : String(error));
      return;
    }
    const current = useAppStore.getState().storyboard;
    if (current.length === 0) open(story, 'replace');
    else if ([story, localizedStory(story)].some((s) => JSON.stringify(current) === JSON.stringify(s.views))) {
      // Opened before and unchanged: nothing to ask.
      setPhase({ step: 'idle' });
      if (present) useAppStore.getState().startPresenting(0);
      else useAppStore.getState().pushNotice('info', translate('storyboard.briefingAlready', { title: localizedStory(story).title }));
    } else setPhase({ step: 'ask', story, existing: current.length });
  };

  const label = t(present ? 'storyboard.presentBriefing' : 'storyboard.briefingButton', { title: t('builtInBriefing.title') });
  return (
    <div className={`built-in-story built-in-story-${place}`}>
      <button type="button" className={present ? 'primary' : undefined} onClick={() => void start()} disabled={phase.step === 'loading'} aria-expanded={phase.step === 'ask'} data-testid={testid}>
        {phase.step === 'loading' ? t('storyboard.briefingLoading') : label}
      </button>
      {phase.step === 'ask' ? (
        <div className="built-in-story-ask" role="group" aria-label={t('storyboard.askLabel')} data-testid={`${testid}-ask`}>
          <p className="small">
            {t('storyboard.askText', { existing: phase.existing, count: phase.story.views.length })}
          </p>
          <div className="built-in-story-choices">
            <button type="button" ref={firstChoice} onClick={() => open(phase.story, 'replace')} data-testid={`${testid}-replace`}>
              {t('storyboard.replace')}
            </button>
            <button type="button" onClick={() => open(phase.story, 'append')} data-testid={`${testid}-append`}>
              {t('storyboard.addAfter')}
            </button>
            <button type="button" onClick={() => setPhase({ step: 'idle' })}>
              {t('storyboard.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** The start of the side panel: the briefing, presented in one click. */
export function StartBriefing() {
  const t = useT();
  return (
    <section className="start-briefing" aria-label={t('storyboard.startLabel')} data-testid="start-briefing-card">
      <h2>{t('storyboard.startLabel')}</h2>
      <p className="small muted">{t('storyboard.startText')}</p>
      <BuiltInStoryButton place="start" />
    </section>
  );
}
