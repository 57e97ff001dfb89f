/**
 * The speaker's window: the view on the audience's screen (month, title, caption), its speaker
 * notes in large type, the next view, the position and the elapsed time, and Previous / Next /
 * Blank. It follows the audience window (the one presenting) and loads no map and no data.
 */
import { useEffect } from 'react';
import { keyLabel, PRESENTER_KEYS } from '../commands/keys';
import type { SpeakerCommand, SpeakerSnapshot } from './speaker-protocol';
import { positionText, type SpeakerScreen } from './speaker-screen';
import { SpeakerClock } from './SpeakerClock';
import { useSpeakerConnection } from './use-speaker-connection';
import './speaker.css';

/** Keys as printed on the keyboard, each once (b and B are one key). */
const keyCaps = (keys: readonly string[]) => [...new Set(keys.map((k) => (k.length === 1 ? k.toUpperCase() : keyLabel(k))))];

const KEY_ROWS: [string, readonly string[]][] = [
  ['Next', PRESENTER_KEYS.next],
  ['Previous', PRESENTER_KEYS.previous],
  ['First / last', [...PRESENTER_KEYS.first, ...PRESENTER_KEYS.last]],
  ['Blank', PRESENTER_KEYS.blank],
];

/** The clicker keys this window reads (the presenter's own). */
function KeyList() {
  return (
    <dl className="speaker-keys" aria-label="Keys">
      {KEY_ROWS.map(([what, keys]) => (
        <div key={what}>
          <dt>{what}</dt>
          <dd>
            {keyCaps(keys).map((k) => (
              <kbd key={k}>{k}</kbd>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Waiting({ screen }: { screen: Exclude<SpeakerScreen, { status: 'presenting' }> }) {
  const [title, text] =
    screen.status === 'waiting'
      ? ['No presentation is running', 'Start it in the RouteShift window (Present, or P). This window then follows it: the view on screen, the next one, your notes and the time.']
      : screen.reason === 'closed'
        ? ['The presentation has ended', 'The RouteShift window that was presenting was closed or reloaded. Present again there and this window follows.']
        : ['The presentation has ended', 'Present again in the RouteShift window and this window follows.'];
  return (
    <main className="speaker-empty" data-testid="speaker-empty">
      <h1 data-testid="speaker-status">{title}</h1>
      <p>{text}</p>
      <p className="speaker-muted">Speaker notes appear only here, never on the audience&apos;s screen.</p>
    </main>
  );
}

function Controls({ presentation, send }: { presentation: SpeakerSnapshot; send: (command: SpeakerCommand) => void }) {
  const last = presentation.index >= presentation.views.length - 1;
  return (
    <div className="speaker-controls">
      <button type="button" onClick={() => send({ kind: 'step', delta: -1 })} disabled={presentation.index === 0} data-testid="speaker-previous">
        ← Previous
      </button>
      <button type="button" className="speaker-primary" onClick={() => send({ kind: 'step', delta: 1 })} disabled={last} data-testid="speaker-next">
        Next →
      </button>
      <button type="button" aria-pressed={presentation.blanked} onClick={() => send({ kind: 'blank' })} data-testid="speaker-blank">
        {presentation.blanked ? 'Show screen' : 'Blank'}
      </button>
      <KeyList />
    </div>
  );
}

function Presenting({ presentation, send }: { presentation: SpeakerSnapshot; send: (command: SpeakerCommand) => void }) {
  const view = presentation.views[presentation.index];
  const next = presentation.views[presentation.index + 1];
  if (!view) return null;
  return (
    <main className="speaker-console" data-testid="speaker-console">
      <header className="speaker-bar">
        <p className="speaker-view-count">
          <span className="speaker-label">View</span>
          <span className="speaker-position" data-testid="speaker-position" aria-live="polite">
            {positionText(presentation)}
          </span>
        </p>
        {presentation.blanked ? (
          <p className="speaker-blanked" data-testid="speaker-blanked">
            Audience screen blanked
          </p>
        ) : null}
        <SpeakerClock startedAt={presentation.startedAt} onReset={() => send({ kind: 'reset-clock' })} />
      </header>
      <section className="speaker-now" aria-label="On the audience's screen now">
        <p className="speaker-label">Now</p>
        <p className="speaker-month" data-testid="speaker-month">{view.monthLabel}</p>
        <h1 className="speaker-title" data-testid="speaker-title">{view.title}</h1>
        {view.caption ? <p className="speaker-caption">{view.caption}</p> : null}
      </section>
      <section className="speaker-notes" aria-label="Speaker notes">
        <p className="speaker-label">Notes</p>
        <div className="speaker-notes-text" data-testid="speaker-notes">
          {view.notes || <span className="speaker-muted">No notes for this view.</span>}
        </div>
      </section>
      <aside className="speaker-side">
        <section className="speaker-next" aria-label="Next view" data-testid="speaker-next-view">
          <p className="speaker-label">Next</p>
          {next ? (
            <>
              <p className="speaker-month">{next.monthLabel}</p>
              <p className="speaker-next-title" data-testid="speaker-next-title">{next.title}</p>
            </>
          ) : (
            <p className="speaker-next-title" data-testid="speaker-next-title">End of the storyboard</p>
          )}
        </section>
        <Controls presentation={presentation} send={send} />
      </aside>
    </main>
  );
}

export function SpeakerWindow() {
  const { screen, send } = useSpeakerConnection();
  const position = screen.status === 'presenting' ? positionText(screen.presentation) : null;
  useEffect(() => {
    document.title = position ? `Speaker view ${position} — RouteShift` : 'Speaker view — RouteShift';
  }, [position]);
  return (
    <div className="speaker" data-testid="speaker-window">
      {screen.status === 'presenting' ? <Presenting presentation={screen.presentation} send={send} /> : <Waiting screen={screen} />}
    </div>
  );
}
