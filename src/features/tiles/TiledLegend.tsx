import { tiledColor } from '../../map/layers/tiles-layer-id';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';

/** The legend's entry for tiled datasets: one swatch per shown dataset, in its map colour. */
export function TiledLegend() {
  const list = useAppStore((s) => s.tiledDatasets);
  const t = useT();
  const shown = list.map((d, i) => ({ d, color: tiledColor(i) })).filter(({ d }) => d.visible && d.status === 'ready');
  if (!shown.length) return null;
  return (
    <ul className="legend-symbols" data-testid="legend-tiles" aria-label={t('tiles.legendTitle')}>
      {shown.map(({ d, color }) => (
        <li key={d.id}>
          <span className="dot" style={{ background: `rgb(${color.join(',')})` }} /> {d.name}
        </li>
      ))}
      <li className="legend-note">{t('tiles.legendNote')}</li>
      <li className="legend-note">{t('tiles.filtersNote')}</li>
    </ul>
  );
}
