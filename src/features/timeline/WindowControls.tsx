import type { WindowMode } from '../../domain/time-window';
import { useAppStore } from '../../state/store';

const MODES: { mode: WindowMode; label: string; title: string }[] = [
  { mode: 'month', label: 'Month', title: 'One month (W cycles)' },
  { mode: 'range', label: 'Range', title: 'A range of months that moves as a whole (W cycles)' },
  { mode: 'since', label: 'Since', title: 'Everything since a start month (W cycles)' },
];

/** Single month, range or cumulative; and the trail that fades out the months just before. */
export function WindowControls({ mode, trail }: { mode: WindowMode; trail: boolean }) {
  const setMode = useAppStore((s) => s.setWindowMode);
  const toggleTrail = useAppStore((s) => s.toggleTrail);
  return (
    <div className="window-controls">
      <div role="radiogroup" aria-label="Time window" className="segmented">
        {MODES.map((m) => (
          <button key={m.mode} type="button" role="radio" aria-checked={mode === m.mode} title={m.title} onClick={() => setMode(m.mode)} data-testid={`window-${m.mode}`}>
            {m.label}
          </button>
        ))}
      </div>
      <label className="trail" title="Fade out the previous six months (F)">
        <input type="checkbox" checked={trail} onChange={toggleTrail} data-testid="trail-toggle" /> Trail
      </label>
    </div>
  );
}
