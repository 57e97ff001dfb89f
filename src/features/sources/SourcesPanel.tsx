import type { Dataset } from '../../domain/types';
import { useT } from '../i18n/use-t';

/** Every source of the loaded data with its licence or terms and data date. */
export function SourcesPanel({ dataset, onClose }: { dataset: Dataset; onClose: () => void }) {
  const t = useT();
  const datasets = dataset.sources.filter((s) => s.quality === 'dataset');
  const references = dataset.sources.filter((s) => s.quality !== 'dataset');
  return (
    <div className="overlay-panel sources-panel" role="dialog" aria-labelledby="sources-title" data-testid="sources-panel">
      <header>
        <h2 id="sources-title">{t('sources.title')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('sources.close')}>×</button>
      </header>
      <p className="muted">{t('sources.dataAsOf', { name: dataset.name, date: dataset.dataDate, from: dataset.months.from, to: dataset.months.to })}</p>
      <section>
        <h3>{t('sources.datasets')}</h3>
        <ul className="source-datasets">
          {datasets.map((s) => (
            <li key={s.key}>
              <strong>{s.title}</strong>
              <div>{s.publisher ? `${s.publisher}. ` : ''}{t('sources.dataDate', { date: s.date ?? t('sources.notStated') })}</div>
              <div>{t('sources.licence', { licence: s.licence ?? t('sources.notStated') })}</div>
              {s.url ? <div className="source-url">{s.url}</div> : null}
            </li>
          ))}
          <li>
            <strong>{t('mapText.basemapAttribution')}</strong>
            <div>{t('sources.naturalEarth')}</div>
          </li>
        </ul>
      </section>
      <section>
        <h3>{t('sources.references', { count: references.length })}</h3>
        <p className="muted">{t('sources.referencesNote')}</p>
        <ul className="source-references">
          {references.map((s) => (
            <li key={s.key}>
              <span className="source-key">{s.key}</span> {s.title}
              {s.publisher ? `, ${s.publisher}` : ''}
              {s.date ? ` (${s.date})` : ''}
              {s.quality ? ` · ${t('sources.quality', { quality: s.quality })}` : ''}
              {` · ${s.licence ?? t('sources.citedAsReference')}`}
              {s.url ? <div className="source-url">{s.url}</div> : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
