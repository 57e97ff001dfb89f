import { useRef } from 'react';
import type { TiledDataset } from '../../state/slices/tiles-slice';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/use-t';
import { reopenTileFile } from './tile-actions';

/** The tiled datasets as rows of the datasets panel: show/hide, remove (with undo), re-open a file. */
export function TiledDatasetRows() {
  const list = useAppStore((s) => s.tiledDatasets);
  return (
    <>
      {list.map((d) => (
        <TiledRow key={d.id} dataset={d} />
      ))}
    </>
  );
}

function TiledRow({ dataset: d }: { dataset: TiledDataset }) {
  const t = useT();
  const picker = useRef<HTMLInputElement>(null);
  const remove = () => {
    const index = useAppStore.getState().tiledDatasets.findIndex((x) => x.id === d.id);
    const removed = useAppStore.getState().removeTiledDataset(d.id);
    if (!removed) return;
    const undo = () => {
      const list = useAppStore.getState().tiledDatasets.filter((x) => x.id !== removed.id);
      list.splice(Math.min(index, list.length), 0, removed);
      useAppStore.getState().replaceTiledDatasets(list);
    };
    useAppStore.getState().pushNotice('info', t('datasets.removed', { name: removed.name }), { label: t('datasets.undo'), run: undo });
  };
  const where = d.source.kind === 'url' ? d.source.url : d.source.fileName;
  const info = d.reader?.info;
  const status =
    d.status === 'opening' ? t('tiles.opening') : d.status === 'ready' && info ? [t('tiles.summary', { min: info.minZoom, max: info.maxZoom }), info.layers.length ? t('tiles.layers', { layers: info.layers.join(', ') }) : ''].filter(Boolean).join(' · ') : (d.error ?? '');
  return (
    <li className="dataset-row" data-testid="tiled-dataset-row" data-status={d.status}>
      <input type="checkbox" checked={d.visible} onChange={(e) => useAppStore.getState().setTiledVisible(d.id, e.target.checked)} aria-label={t('datasets.show', { name: d.name })} />
      <div className="dataset-text">
        <span className="dataset-name" data-testid="tiled-dataset-name">{d.name}</span>
        <span className={`small ${d.status === 'error' || d.status === 'needs-file' ? 'caveat' : 'muted'}`} data-testid="tiled-dataset-status">{status}</span>
        <span className="muted small">{where}</span>
      </div>
      <span className="dataset-buttons">
        {d.status === 'needs-file' ? (
          <>
            <button type="button" className="link-button" onClick={() => picker.current?.click()} aria-label={t('tiles.reopenLabel', { name: d.name })} data-testid="tiled-reopen">{t('tiles.reopenButton')}</button>
            <input
              ref={picker}
              type="file"
              hidden
              accept=".pmtiles"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void reopenTileFile(useAppStore, d.id, file);
              }}
            />
          </>
        ) : null}
        <button type="button" className="link-button" onClick={remove} aria-label={t('datasets.removeLabel', { name: d.name })} data-testid="tiled-remove">{t('datasets.remove')}</button>
      </span>
    </li>
  );
}
