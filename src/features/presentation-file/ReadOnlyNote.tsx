import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';

/** In place of the data and storyboard editors in a saved presentation file. */
export function ReadOnlyNote() {
  const t = useT();
  const views = useAppStore((s) => s.storyboard.length);
  return (
    <section className="read-only-note" aria-label={t('presentationFile.label')} data-testid="read-only-note">
      <p>{t('presentationFile.readOnly')}</p>
      {views ? (
        <button type="button" onClick={() => useAppStore.getState().startPresenting(0)} data-testid="present-button">
          {t('presentationFile.present', { views })} <kbd>P</kbd>
        </button>
      ) : null}
    </section>
  );
}
