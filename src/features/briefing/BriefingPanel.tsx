/** Briefing settings: the theme (light, dark, projector), the marking line and the presenter's options. */
import { useId } from 'react';
import { THEMES, THEME_LABELS, type Theme } from '../../domain/workspace';
import { useAppStore } from '../../state/store';

export function BriefingPanel() {
  const theme = useAppStore((s) => s.theme);
  const marking = useAppStore((s) => s.marking);
  const options = useAppStore((s) => s.presenterOptions);
  const id = useId();
  return (
    <div className="briefing-panel" data-testid="briefing-panel">
      <label htmlFor={`${id}-theme`}>Theme</label>
      <select id={`${id}-theme`} value={theme} onChange={(e) => useAppStore.getState().setTheme(e.target.value as Theme)} data-testid="theme-select">
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {THEME_LABELS[t]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-marking`}>Marking line</label>
      <input
        id={`${id}-marking`}
        type="text"
        value={marking}
        placeholder="e.g. OFFICIAL — for briefing use only"
        maxLength={160}
        onChange={(e) => useAppStore.getState().setMarking(e.target.value)}
        aria-describedby={`${id}-marking-hint`}
        data-testid="marking-input"
      />
      <p id={`${id}-marking-hint`} className="small muted">
        Shown at the top and bottom of the screen and on every export. Empty = none.
      </p>
      <label className="briefing-check">
        <input type="checkbox" checked={options.playBetween} onChange={(e) => useAppStore.getState().setPresenterOptions({ playBetween: e.target.checked })} />
        Play the months between two views
      </label>
      <label htmlFor={`${id}-auto`}>Auto-advance</label>
      <select
        id={`${id}-auto`}
        value={options.autoAdvanceSeconds ?? 0}
        onChange={(e) => useAppStore.getState().setPresenterOptions({ autoAdvanceSeconds: Number(e.target.value) || null })}
      >
        <option value={0}>Off (clicker or keys)</option>
        {[5, 10, 15, 30, 60].map((seconds) => (
          <option key={seconds} value={seconds}>
            Every {seconds} s
          </option>
        ))}
      </select>
    </div>
  );
}
