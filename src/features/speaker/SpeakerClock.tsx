import { useEffect, useState } from 'react';
import { useSpeakerT } from './speaker-language';
import { formatElapsed } from './speaker-screen';

/** Elapsed time since the presentation started, ticking on its own (the rest of the window does not re-render). */
export function SpeakerClock({ startedAt, onReset }: { startedAt: number; onReset: () => void }) {
  const t = useSpeakerT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  // Right after a reset `now` is a tick behind the new start: that reads 00:00 (formatElapsed clamps), as it should.
  const elapsed = formatElapsed(now - startedAt);
  return (
    <div className="speaker-clock">
      <span className="speaker-label">{t('speaker.elapsed')}</span>
      <span className="speaker-clock-time" data-testid="speaker-elapsed" role="timer" aria-label={t('speaker.elapsedLabel', { time: elapsed })}>
        {elapsed}
      </span>
      <button type="button" className="speaker-small-button" onClick={onReset} data-testid="speaker-reset-clock">
        {t('speaker.reset')}
      </button>
    </div>
  );
}
