/**
 * Opens the built-in briefing "How the route shifted": from the start of the side panel (and then
 * presents it) or from the storyboard section (and puts it in the storyboard). When the storyboard
 * has views already, it asks first: replace them (Undo brings them back) or add the briefing after.
 */
import { useEffect, useRef, useState } from 'react';
import type { BuiltInStory } from '../../domain/storyboard';
import { useAppStore } from '../../state/store';
import { fetchBuiltInStory, openStoryInStoryboard, ROUTE_SHIFT_STORY, type StoryOpenMode } from './open-built-in-story';
import './storyboard.css';

type Phase = { step: 'idle' } | { step: 'loading' } | { step: 'ask'; story: BuiltInStory; existing: number };

export interface BuiltInStoryButtonProps {
  /** 'start': the side panel's start, presents the briefing; 'panel': the storyboard section, fills the storyboard. */
  place: 'start' | 'panel';
}

export function BuiltInStoryButton({ place }: BuiltInStoryButtonProps) {
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
    else if (JSON.stringify(current) === JSON.stringify(story.views)) {
      // Opened before and unchanged: nothing to ask.
      setPhase({ step: 'idle' });
      if (present) useAppStore.getState().startPresenting(0);
      else useAppStore.getState().pushNotice('info', `The storyboard is the built-in briefing “${story.title}” already.`);
    } else setPhase({ step: 'ask', story, existing: current.length });
  };

  const label = present ? `Present the built-in briefing: ${ROUTE_SHIFT_STORY.title}` : `Built-in briefing: ${ROUTE_SHIFT_STORY.title}`;
  return (
    <div className={`built-in-story built-in-story-${place}`}>
      <button type="button" className={present ? 'primary' : undefined} onClick={() => void start()} disabled={phase.step === 'loading'} aria-expanded={phase.step === 'ask'} data-testid={testid}>
        {phase.step === 'loading' ? 'Loading the briefing…' : label}
      </button>
      {phase.step === 'ask' ? (
        <div className="built-in-story-ask" role="group" aria-label="Your storyboard has views" data-testid={`${testid}-ask`}>
          <p className="small">
            Your storyboard has {phase.existing} view{phase.existing === 1 ? '' : 's'}. Put the briefing’s {phase.story.views.length} views in their place (Undo brings yours
            back), or after them?
          </p>
          <div className="built-in-story-choices">
            <button type="button" ref={firstChoice} onClick={() => open(phase.story, 'replace')} data-testid={`${testid}-replace`}>
              Replace
            </button>
            <button type="button" onClick={() => open(phase.story, 'append')} data-testid={`${testid}-append`}>
              Add after mine
            </button>
            <button type="button" onClick={() => setPhase({ step: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** The start of the side panel: the briefing, presented in one click. */
export function StartBriefing() {
  return (
    <section className="start-briefing" aria-label="Built-in briefing" data-testid="start-briefing-card">
      <h2>Built-in briefing</h2>
      <p className="small muted">How the route shifted between the Balkans and the Mediterranean, view by view, with the sources of each figure.</p>
      <BuiltInStoryButton place="start" />
    </section>
  );
}
