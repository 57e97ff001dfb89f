import { useAppStore } from '../../state/store';
import { cancelImport } from './run-import-lazy';
import { useT } from '../i18n/use-t';

/** Progress of the running import, with cancel. */
export function ImportProgress() {
  const importing = useAppStore((s) => s.importing);
  const t = useT();
  if (!importing) return null;
  const percent = Math.round(importing.progress * 100);
  return (
    <div className="import-progress" role="status" aria-live="polite" data-testid="import-progress">
      <div>
        {importing.files.length > 1
          ? t('import.progressOfMany', { file: importing.currentFile, index: importing.files.indexOf(importing.currentFile) + 1, count: importing.files.length, percent })
          : t('import.progress', { file: importing.currentFile, percent })}
      </div>
      <progress max={100} value={percent} aria-label={t('import.progressLabel')} />
      <button type="button" onClick={cancelImport} data-testid="import-cancel">{t('import.cancel')}</button>
    </div>
  );
}
