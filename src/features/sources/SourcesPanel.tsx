import type { Dataset } from '../../domain/types';
import { BASEMAP_ATTRIBUTION } from '../../map/basemap-style';

/** Every source of the loaded data with its licence or terms and data date. */
export function SourcesPanel({ dataset, onClose }: { dataset: Dataset; onClose: () => void }) {
  const datasets = dataset.sources.filter((s) => s.quality === 'dataset');
  const references = dataset.sources.filter((s) => s.quality !== 'dataset');
  return (
    <div className="overlay-panel sources-panel" role="dialog" aria-labelledby="sources-title" data-testid="sources-panel">
      <header>
        <h2 id="sources-title">Sources and licences</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close sources">×</button>
      </header>
      <p className="muted">{dataset.name}. Data as of {dataset.dataDate}; months {dataset.months.from} to {dataset.months.to}.</p>
      <section>
        <h3>Datasets</h3>
        <ul className="source-datasets">
          {datasets.map((s) => (
            <li key={s.key}>
              <strong>{s.title}</strong>
              <div>{s.publisher ? `${s.publisher}. ` : ''}Data date: {s.date ?? 'not stated'}.</div>
              <div>Licence / terms: {s.licence ?? 'not stated'}</div>
              {s.url ? <div className="source-url">{s.url}</div> : null}
            </li>
          ))}
          <li>
            <strong>{BASEMAP_ATTRIBUTION}</strong>
            <div>Natural Earth 1:50m countries, land borders, rivers and lakes; populated places 1:10m and 1:50m. Public domain.</div>
          </li>
        </ul>
      </section>
      <section>
        <h3>Cited references ({references.length})</h3>
        <p className="muted">Corridors, places, events and prices come from the project's routes reference, each fact with these citation keys.</p>
        <ul className="source-references">
          {references.map((s) => (
            <li key={s.key}>
              <span className="source-key">{s.key}</span> {s.title}
              {s.publisher ? `, ${s.publisher}` : ''}
              {s.date ? ` (${s.date})` : ''}
              {s.quality ? ` · ${s.quality}` : ''}
              {` · ${s.licence ?? 'cited as a reference (facts and a link; no content copied)'}`}
              {s.url ? <div className="source-url">{s.url}</div> : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
