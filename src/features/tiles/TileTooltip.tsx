import type { HoveredTileFeature } from '../../state/slices/tiles-slice';
import { useT } from '../i18n/use-t';
import { tileFeatureDetails } from './tile-feature-details';

/** The rows a tooltip shows (month, source, confidence); the panel has the rest. */
const TOOLTIP_ROWS = new Set(['tile-detail-month', 'tile-detail-source', 'tile-detail-confidence']);

/** Hover tooltip of a tiled feature: what it is, its month, source and confidence. Text only. */
export function TileTooltip({ hovered, datasetName }: { hovered: HoveredTileFeature; datasetName: string }) {
  const t = useT();
  const d = tileFeatureDetails(hovered.feature, datasetName);
  return (
    <div className="tooltip" role="tooltip" style={{ left: hovered.x + 14, top: hovered.y + 14 }} data-testid="tile-tooltip">
      <div className="eyebrow">{datasetName || t('tiles.detailsKind')}</div>
      <strong>{d.title}</strong>
      {d.rows
        .filter((r) => r.testId && TOOLTIP_ROWS.has(r.testId))
        .map((r) => (
          <div key={r.label}>{t('details.tooltipFigure', { label: r.label, value: r.value })}</div>
        ))}
      {d.groupedNote ? <div className="tooltip-remark">{d.groupedNote}</div> : null}
      <div className="muted">{t('details.tooltipHint')}</div>
    </div>
  );
}
