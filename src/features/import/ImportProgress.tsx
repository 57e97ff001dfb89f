import { useAppStore } from '../../state/store';
import { cancelImport } from './run-import-lazy';

/** Progress of the running import, with cancel. */
export function ImportProgress() {
  const importing = useAppStore((s) => s.importing);
  if (!importing) return null;
  const percent = Math.round(importing.progress * 100);
  return (
    <div className="import-progress" role="status" aria-live="polite" data-testid="import-progress">
      <div>
        Importing {importing.currentFile}
        {importing.files.length > 1 ? ` (${importing.files.indexOf(importing.currentFile) + 1} of ${importing.files.length})` : ''}… {percent}%
      </div>
      <progress max={100} value={percent} aria-label="Import progress" />
      <button type="button" onClick={cancelImport} data-testid="import-cancel">Cancel</button>
    </div>
  );
}
