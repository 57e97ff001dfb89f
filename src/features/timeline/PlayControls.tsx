import { Pause, Play } from 'lucide-react';
import { PLAY_SPEEDS, type PlaySpeed } from '../../state/slices/time-slice';
import { useAppStore } from '../../state/store';

/** Play/pause and the speed: subscribed on their own, so that a month step does not re-render them. */
export function PlayControls() {
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const togglePlay = useAppStore((s) => s.togglePlay);
  const setSpeed = useAppStore((s) => s.setSpeed);
  return (
    <div className="timeline-controls">
      <button
        type="button"
        className="play-button"
        data-testid="play-button"
        onClick={togglePlay}
        aria-label={playing ? 'Pause (Space)' : 'Play (Space)'}
        title={playing ? 'Pause (Space)' : 'Play (Space)'}
      >
        {playing ? <Pause size={22} aria-hidden /> : <Play size={22} aria-hidden />}
      </button>
      <label className="speed">
        <span>Speed</span>
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as PlaySpeed)} aria-label="Playback speed, months per second">
          {PLAY_SPEEDS.map((s) => (
            <option key={s} value={s}>{s} mo/s</option>
          ))}
        </select>
      </label>
    </div>
  );
}
