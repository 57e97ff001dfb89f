import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';
import { tileFeatureDetails } from './tile-feature-details';

/** The detail panel of a picked tiled feature (in place of an entity's). */
export function TileFeaturePanel() {
  const feature = useAppStore((s) => s.tileFeature);
  const dataset = useAppStore((s) => s.tiledDatasets.find((d) => d.id === s.tileFeature?.datasetId));
  const t = useT();
  if (!feature) return null;
  const d = tileFeatureDetails(feature, dataset?.name ?? '');
  return (
    <aside className="detail-panel" data-testid="tile-detail-panel" aria-labelledby="tile-detail-title">
      <header>
        <p className="eyebrow">{t('tiles.detailsKind')}</p>
        <button type="button" className="icon-button" onClick={() => useAppStore.getState().selectTileFeature(null)} aria-label={t('details.close')}>×</button>
      </header>
      <h2 id="tile-detail-title" data-testid="tile-detail-title">{d.title}</h2>
      {d.groupedNote ? <p className="remark">{d.groupedNote}</p> : null}
      <dl className="detail-rows">
        {d.rows.map((r) => (
          <div key={r.label}>
            <dt>{r.label}</dt>
            <dd data-testid={r.testId}>{r.value}</dd>
          </div>
        ))}
      </dl>
      {d.other.length ? (
        <section>
          <h3>{t('tiles.otherProperties')}</h3>
          <dl className="detail-rows">
            {d.other.map((o) => (
              <div key={o.key}>
                <dt>{o.key}</dt>
                <dd>{o.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </aside>
  );
}
