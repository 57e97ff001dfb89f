import type { WindowMode } from '../../domain/time-window';
import type { MessageKey } from '../../domain/i18n';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';

const MODES: { mode: WindowMode; label: MessageKey; title: MessageKey }[] = [
  { mode: 'month', label: 'timeline.modeMonth', title: 'timeline.modeMonthTitle' },
  { mode: 'range', label: 'timeline.modeRange', title: 'timeline.modeRangeTitle' },
  { mode: 'since', label: 'timeline.modeSince', title: 'timeline.modeSinceTitle' },
];

/** Single month, range or cumulative; and the trail that fades out the months just before. */
export function WindowControls({ mode, trail }: { mode: WindowMode; trail: boolean }) {
  const setMode = useAppStore((s) => s.setWindowMode);
  const toggleTrail = useAppStore((s) => s.toggleTrail);
  const t = useT();
  return (
    <div className="window-controls">
      <div role="radiogroup" aria-label={t('timeline.windowModes')} className="segmented">
        {MODES.map((m) => (
          <button key={m.mode} type="button" role="radio" aria-checked={mode === m.mode} title={t(m.title)} onClick={() => setMode(m.mode)} data-testid={`window-${m.mode}`}>
            {t(m.label)}
          </button>
        ))}
      </div>
      <label className="trail" title={t('timeline.trailTitle')}>
        <input type="checkbox" checked={trail} onChange={toggleTrail} data-testid="trail-toggle" /> {t('timeline.trail')}
      </label>
    </div>
  );
}
