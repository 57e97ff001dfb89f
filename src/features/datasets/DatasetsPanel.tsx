import { useRef, useState } from 'react';
import { incidentCount } from '../../domain/dataset-incidents';
import type { PointKind } from '../../data/import/types';
import { useAppStore } from '../../state/store';
import { DEMO_DATASET_ID, type LoadedDataset } from '../../domain/workspace';
import { exportVisible } from '../export/export-actions';
import { runImport } from '../import/run-import-lazy';
import { saveProject } from '../import/save-project';
import { formatNumber } from '../../domain/format-number';
import { IMPORT_EXTENSIONS } from '../../data/import/types';
import { t as translate, type MessageKey } from '../../domain/i18n';
import { useT } from '../i18n/use-t';
import { TiledDatasetRows } from '../tiles/TiledDatasetRows';
import { TileUrlForm } from '../tiles/TileUrlForm';

// .pmtiles: opened as a tiled dataset (read tile by tile), not imported.
const ACCEPT = [...IMPORT_EXTENSIONS, 'pmtiles'].map((ext) => `.${ext}`).join(',');

const POINT_KINDS: { value: PointKind; label: MessageKey }[] = [
  { value: 'hub', label: 'datasets.pointKindHub' },
  { value: 'incident', label: 'datasets.pointKindIncident' },
  { value: 'crossing', label: 'datasets.pointKindCrossing' },
  { value: 'safeHouse', label: 'datasets.pointKindSafeHouse' },
];

const countsOf = new WeakMap<LoadedDataset, { language: string; text: string }>();

/** The panel re-renders with every import progress step: a dataset's counts are written once per language. */
function counts(d: LoadedDataset, language: string): string {
  const cached = countsOf.get(d);
  if (cached?.language === language) return cached.text;
  const text = countsText(d);
  countsOf.set(d, { language, text });
  return text;
}

function countsText(d: LoadedDataset): string {
  const x = d.dataset;
  const parts: [number, MessageKey][] = [
    [x.segments.length, 'datasets.countSegments'],
    [x.crossings.length, 'datasets.countCrossings'],
    [x.hubs.length, 'datasets.countPlaces'],
    [x.safeHouses.length, 'datasets.countSafeHouses'],
    [incidentCount(x), 'datasets.countIncidents'],
    [x.events.length, 'datasets.countEvents'],
    [x.flows.length, 'datasets.countSeries'],
    [x.areas?.length ?? 0, 'datasets.countAreas'],
  ];
  const listed = parts.filter(([n]) => n > 0).map(([n, key]) => translate(key, { n, count: formatNumber(n) }));
  return listed.join(', ') || translate('datasets.empty');
}

/** Loaded datasets (show/hide, rename, remove with undo) and the ways in and out: import, project, export. */
export function DatasetsPanel() {
  const datasets = useAppStore((s) => s.datasets);
  const pointKind = useAppStore((s) => s.importPointKind);
  const importing = useAppStore((s) => s.importing);
  const picker = useRef<HTMLInputElement>(null);
  const t = useT();
  return (
    <section className="datasets-panel" aria-label={t('datasets.label')} data-testid="datasets-panel">
      <h2>{t('datasets.heading')}</h2>
      <ul className="dataset-list">
        {datasets.map((d) => (
          <DatasetRow key={d.id} dataset={d} />
        ))}
        <TiledDatasetRows />
      </ul>
      <div className="dataset-actions">
        <button type="button" onClick={() => picker.current?.click()} disabled={importing !== null} data-testid="import-button">{t('datasets.importButton')}</button>
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          accept={ACCEPT}
          data-testid="import-input"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            if (files.length) void runImport(useAppStore, files);
          }}
        />
        <label className="point-kind">
          {t('datasets.pointKind')}
          <select value={pointKind} onChange={(e) => useAppStore.getState().setImportPointKind(e.target.value as PointKind)}>
            {POINT_KINDS.map((k) => (
              <option key={k.value} value={k.value}>{t(k.label)}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => saveProject(useAppStore)} data-testid="save-project">{t('datasets.saveProject')}</button>
        <button type="button" onClick={() => exportVisible(useAppStore, 'geojson')} data-testid="export-geojson">{t('datasets.exportGeoJson')}</button>
        <button type="button" onClick={() => exportVisible(useAppStore, 'csv')} data-testid="export-csv">{t('datasets.exportCsv')}</button>
      </div>
      <TileUrlForm />
      <p className="muted small">{t('datasets.privacyNote')}</p>
    </section>
  );
}

function DatasetRow({ dataset: d }: { dataset: LoadedDataset }) {
  const [editing, setEditing] = useState(false);
  const t = useT();
  const language = useAppStore((s) => s.language);
  const isDemo = d.id === DEMO_DATASET_ID;
  // The demo's name is the app's own words (it cannot be renamed); a user dataset's is theirs.
  const name = isDemo ? t('datasets.demoName') : d.name;
  const remove = () => {
    const index = useAppStore.getState().datasets.findIndex((x) => x.id === d.id);
    const removed = useAppStore.getState().removeDataset(d.id);
    if (removed) useAppStore.getState().pushNotice('info', t('datasets.removed', { name: removed.name }), { label: t('datasets.undo'), run: () => useAppStore.getState().restoreDataset(removed, index) });
  };
  return (
    <li className="dataset-row" data-testid="dataset-row">
      <input type="checkbox" checked={d.visible} onChange={(e) => useAppStore.getState().setDatasetVisible(d.id, e.target.checked)} aria-label={t('datasets.show', { name })} />
      <div className="dataset-text">
        {editing ? (
          <input
            className="rename"
            defaultValue={d.name}
            aria-label={t('datasets.nameInput')}
            autoFocus
            onBlur={(e) => {
              useAppStore.getState().renameDataset(d.id, e.target.value.trim() || d.name);
              setEditing(false);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
              if (e.key === 'Escape') setEditing(false);
            }}
          />
        ) : (
          <span className="dataset-name" data-testid="dataset-name">{name}</span>
        )}
        <span className="muted small">
          {counts(d, language)}
          {isDemo ? '' : ` · ${t('datasets.filesLoaded', { files: d.sourceFiles.join(', '), date: d.loadedAt.slice(0, 16).replace('T', ' ') })}`}
        </span>
      </div>
      {isDemo ? null : (
        <span className="dataset-buttons">
          <button type="button" className="link-button" onClick={() => setEditing(true)} aria-label={t('datasets.renameLabel', { name: d.name })}>{t('datasets.rename')}</button>
          <button type="button" className="link-button" onClick={remove} aria-label={t('datasets.removeLabel', { name: d.name })} data-testid="dataset-remove">{t('datasets.remove')}</button>
        </span>
      )}
    </li>
  );
}
