/** Briefing settings: the theme (light, dark, projector), the marking line and the presenter's options. */
import { useId } from 'react';
import { THEMES, THEME_LABELS, type Theme } from '../../domain/workspace';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';

export function BriefingPanel() {
  const t = useT();
  const theme = useAppStore((s) => s.theme);
  const marking = useAppStore((s) => s.marking);
  const options = useAppStore((s) => s.presenterOptions);
  const id = useId();
  return (
    <div className="briefing-panel" data-testid="briefing-panel">
      <label htmlFor={`${id}-theme`}>{t('briefing.theme')}</label>
      <select id={`${id}-theme`} value={theme} onChange={(e) => useAppStore.getState().setTheme(e.target.value as Theme)} data-testid="theme-select">
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {THEME_LABELS[option]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-marking`}>{t('briefing.marking')}</label>
      <input
        id={`${id}-marking`}
        type="text"
        value={marking}
        placeholder={t('briefing.markingPlaceholder')}
        maxLength={160}
        onChange={(e) => useAppStore.getState().setMarking(e.target.value)}
        aria-describedby={`${id}-marking-hint`}
        data-testid="marking-input"
      />
      <p id={`${id}-marking-hint`} className="small muted">
        {t('briefing.markingHint')}
      </p>
      <label className="briefing-check">
        <input type="checkbox" checked={options.playBetween} onChange={(e) => useAppStore.getState().setPresenterOptions({ playBetween: e.target.checked })} />
        {t('briefing.playBetween')}
      </label>
      <label htmlFor={`${id}-auto`}>{t('briefing.autoAdvance')}</label>
      <select
        id={`${id}-auto`}
        value={options.autoAdvanceSeconds ?? 0}
        onChange={(e) => useAppStore.getState().setPresenterOptions({ autoAdvanceSeconds: Number(e.target.value) || null })}
      >
        <option value={0}>{t('briefing.autoAdvanceOff')}</option>
        {[5, 10, 15, 30, 60].map((seconds) => (
          <option key={seconds} value={seconds}>
            {t('briefing.autoAdvanceEvery', { seconds })}
          </option>
        ))}
      </select>
    </div>
  );
}
