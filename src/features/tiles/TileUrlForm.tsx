import { useState } from 'react';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';
import { openTileUrl } from './tile-actions';

/** Opens vector tiles by URL: refused at once (with the reason shown here) unless on the app's own origin. */
export function TileUrlForm() {
  const t = useT();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="tile-url-form"
      data-testid="tile-url-form"
      onSubmit={(e) => {
        e.preventDefault();
        void openTileUrl(useAppStore, value).then((message) => {
          setProblem(message);
          if (!message) setValue('');
        });
      }}
    >
      <label>
        <span className="small">{t('tiles.urlLabel')}</span>
        <input type="text" value={value} onChange={(e) => setValue(e.target.value)} data-testid="tile-url-input" aria-invalid={problem ? true : undefined} aria-describedby="tile-url-hint" />
      </label>
      <button type="submit" data-testid="tile-url-open">{t('tiles.openButton')}</button>
      {problem ? <p className="caveat small" role="alert" data-testid="tile-url-problem">{problem}</p> : null}
      <p id="tile-url-hint" className="muted small">{t('tiles.urlHint')}</p>
    </form>
  );
}
