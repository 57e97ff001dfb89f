/**
 * The speaker's window: the view on the audience's screen (month, title, caption), its speaker
 * notes in large type, the next view, the position and the elapsed time, and Previous / Next /
 * Blank. It follows the audience window (the one presenting) and loads no map and no data.
 */
import { useEffect } from 'react';
import type { MessageKey } from '../../domain/i18n';
import { keyLabel, PRESENTER_KEYS } from '../commands/keys';
import { SpeakerT, useSpeakerLanguage, useSpeakerT } from './speaker-language';
import type { SpeakerCommand, SpeakerSnapshot } from './speaker-protocol';
import { positionText, screenLanguage, type SpeakerScreen } from './speaker-screen';
import { SpeakerClock } from './SpeakerClock';
import { useSpeakerConnection } from './use-speaker-connection';
import './speaker.css';

/** Keys as printed on the keyboard, each once (b and B are one key). */
const keyCaps = (keys: readonly string[]) => [...new Set(keys.map((k) => (k.length === 1 ? k.toUpperCase() : keyLabel(k))))];

const KEY_ROWS: [MessageKey, readonly string[]][] = [
  ['speaker.keyNext', PRESENTER_KEYS.next],
  ['speaker.keyPrevious', PRESENTER_KEYS.previous],
  ['speaker.keyFirstLast', [...PRESENTER_KEYS.first, ...PRESENTER_KEYS.last]],
  ['speaker.keyBlank', PRESENTER_KEYS.blank],
];

/** The clicker keys this window reads (the presenter's own). */
function KeyList() {
  const t = useSpeakerT();
  return (
    <dl className="speaker-keys" aria-label={t('speaker.keys')}>
      {KEY_ROWS.map(([what, keys]) => (
        <div key={what}>
          <dt>{t(what)}</dt>
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
  const t = useSpeakerT();
  const [title, text]: [MessageKey, MessageKey] =
    screen.status === 'waiting'
      ? ['speaker.waitingTitle', 'speaker.waitingText']
      : screen.reason === 'closed'
        ? ['speaker.endedTitle', 'speaker.closedText']
        : ['speaker.endedTitle', 'speaker.endedText'];
  return (
    <main className="speaker-empty" data-testid="speaker-empty">
      <h1 data-testid="speaker-status">{t(title)}</h1>
      <p>{t(text)}</p>
      <p className="speaker-muted">{t('speaker.notesPrivate')}</p>
    </main>
  );
}

function Controls({ presentation, send }: { presentation: SpeakerSnapshot; send: (command: SpeakerCommand) => void }) {
  const t = useSpeakerT();
  const last = presentation.index >= presentation.views.length - 1;
  return (
    <div className="speaker-controls">
      <button type="button" onClick={() => send({ kind: 'step', delta: -1 })} disabled={presentation.index === 0} data-testid="speaker-previous">
        {t('speaker.previous')}
      </button>
      <button type="button" className="speaker-primary" onClick={() => send({ kind: 'step', delta: 1 })} disabled={last} data-testid="speaker-next">
        {t('speaker.next')}
      </button>
      <button type="button" aria-pressed={presentation.blanked} onClick={() => send({ kind: 'blank' })} data-testid="speaker-blank">
        {t(presentation.blanked ? 'speaker.showScreen' : 'speaker.blank')}
      </button>
      <KeyList />
    </div>
  );
}

function Presenting({ presentation, send }: { presentation: SpeakerSnapshot; send: (command: SpeakerCommand) => void }) {
  const view = presentation.views[presentation.index];
  const next = presentation.views[presentation.index + 1];
  const t = useSpeakerT();
  if (!view) return null;
  return (
    <main className="speaker-console" data-testid="speaker-console">
      <header className="speaker-bar">
        <p className="speaker-view-count">
          <span className="speaker-label">{t('speaker.view')}</span>
          <span className="speaker-position" data-testid="speaker-position" aria-live="polite">
            {positionText(presentation)}
          </span>
        </p>
        {presentation.blanked ? (
          <p className="speaker-blanked" data-testid="speaker-blanked">
            {t('speaker.blanked')}
          </p>
        ) : null}
        <SpeakerClock startedAt={presentation.startedAt} onReset={() => send({ kind: 'reset-clock' })} />
      </header>
      <section className="speaker-now" aria-label={t('speaker.nowLabel')}>
        <p className="speaker-label">{t('speaker.now')}</p>
        <p className="speaker-month" data-testid="speaker-month">{view.monthLabel}</p>
        <h1 className="speaker-title" data-testid="speaker-title">{view.title}</h1>
        {view.caption ? <p className="speaker-caption">{view.caption}</p> : null}
      </section>
      <section className="speaker-notes" aria-label={t('speaker.notesLabel')}>
        <p className="speaker-label">{t('speaker.notes')}</p>
        <div className="speaker-notes-text" data-testid="speaker-notes">
          {view.notes || <span className="speaker-muted">{t('speaker.noNotes')}</span>}
        </div>
      </section>
      <aside className="speaker-side">
        <section className="speaker-next" aria-label={t('speaker.nextLabel')} data-testid="speaker-next-view">
          <p className="speaker-label">{t('speaker.nextHeading')}</p>
          {next ? (
            <>
              <p className="speaker-month">{next.monthLabel}</p>
              <p className="speaker-next-title" data-testid="speaker-next-title">{next.title}</p>
            </>
          ) : (
            <p className="speaker-next-title" data-testid="speaker-next-title">{t('speaker.endOfStoryboard')}</p>
          )}
        </section>
        <Controls presentation={presentation} send={send} />
      </aside>
    </main>
  );
}

export function SpeakerWindow() {
  const { screen, send } = useSpeakerConnection();
  const t = useSpeakerLanguage(screenLanguage(screen));
  const position = screen.status === 'presenting' ? positionText(screen.presentation) : null;
  useEffect(() => {
    document.title = position ? t('speaker.pageTitleAt', { position }) : t('speaker.pageTitle');
  }, [position, t]);
  return (
    <SpeakerT.Provider value={t}>
      <div className="speaker" data-testid="speaker-window">
        {screen.status === 'presenting' ? <Presenting presentation={screen.presentation} send={send} /> : <Waiting screen={screen} />}
      </div>
    </SpeakerT.Provider>
  );
}
