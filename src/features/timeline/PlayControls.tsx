import { Pause, Play } from 'lucide-react';
import { PLAY_SPEEDS, type PlaySpeed } from '../../state/slices/time-slice';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';

/** Play/pause and the speed: subscribed on their own, so that a month step does not re-render them. */
export function PlayControls() {
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const togglePlay = useAppStore((s) => s.togglePlay);
  const setSpeed = useAppStore((s) => s.setSpeed);
  const t = useT();
  const playLabel = playing ? t('timeline.pause') : t('timeline.play');
  return (
    <div className="timeline-controls">
      <button
        type="button"
        className="play-button"
        data-testid="play-button"
        onClick={togglePlay}
        aria-label={playLabel}
        title={playLabel}
      >
        {playing ? <Pause size={22} aria-hidden /> : <Play size={22} aria-hidden />}
      </button>
      <label className="speed">
        <span>{t('timeline.speed')}</span>
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as PlaySpeed)} aria-label={t('timeline.speedLabel')}>
          {PLAY_SPEEDS.map((s) => (
            <option key={s} value={s}>{t('timeline.speedOption', { speed: s })}</option>
          ))}
        </select>
      </label>
    </div>
  );
}
