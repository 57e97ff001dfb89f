import { useT } from '../i18n/use-t';
import { GROUP_KEYS, keyLabel, type Command } from './registry';

export function ShortcutsOverlay({ commands, onClose }: { commands: Command[]; onClose: () => void }) {
  const t = useT();
  const groups = ['Time', 'Map', 'Panels', 'Presenter'] as const;
  return (
    <div className="overlay-panel" role="dialog" aria-modal="false" aria-labelledby="shortcuts-title" data-testid="shortcuts-panel">
      <header>
        <h2 id="shortcuts-title">{t('commands.shortcutsTitle')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('commands.shortcutsClose')}>×</button>
      </header>
      {groups.map((group) => (
        <section key={group}>
          <h3>{t(GROUP_KEYS[group])}</h3>
          <dl className="shortcut-list">
            {commands
              .filter((c) => c.group === group)
              .map((c) => (
                <div key={c.id}>
                  <dt>{c.keys.map((k) => <kbd key={k}>{keyLabel(k)}</kbd>)}</dt>
                  {/* The label is read in the active language: useT above re-renders on a change. */}
                  <dd>{c.label}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
