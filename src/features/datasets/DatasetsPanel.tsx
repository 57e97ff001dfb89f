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

const ACCEPT = IMPORT_EXTENSIONS.map((ext) => `.${ext}`).join(',');

const POINT_KINDS: { value: PointKind; label: string }[] = [
  { value: 'hub', label: 'hubs / places' },
  { value: 'incident', label: 'incidents' },
  { value: 'crossing', label: 'border crossings' },
  { value: 'safeHouse', label: 'safe houses' },
];

const countsOf = new WeakMap<LoadedDataset, string>();

/** The panel re-renders with every import progress step: a dataset's counts are written once. */
function counts(d: LoadedDataset): string {
  let text = countsOf.get(d);
  if (text === undefined) countsOf.set(d, (text = countsText(d)));
  return text;
}

function countsText(d: LoadedDataset): string {
  const x = d.dataset;
  const parts: [number, string][] = [
    [x.segments.length, 'segments'],
    [x.crossings.length, 'crossings'],
    [x.hubs.length, 'places'],
    [x.safeHouses.length, 'safe houses'],
    [incidentCount(x), 'incidents'],
    [x.events.length, 'events'],
    [x.flows.length, 'series'],
    [x.areas?.length ?? 0, 'areas'],
  ];
  return parts.filter(([n]) => n > 0).map(([n, label]) => `${formatNumber(n)} ${label}`).join(', ') || 'empty';
}

/** Loaded datasets (show/hide, rename, remove with undo) and the ways in and out: import, project, export. */
export function DatasetsPanel() {
  const datasets = useAppStore((s) => s.datasets);
  const pointKind = useAppStore((s) => s.importPointKind);
  const importing = useAppStore((s) => s.importing);
  const picker = useRef<HTMLInputElement>(null);
  return (
    <section className="datasets-panel" aria-label="Datasets" data-testid="datasets-panel">
      <h2>Data</h2>
      <ul className="dataset-list">
        {datasets.map((d) => (
          <DatasetRow key={d.id} dataset={d} />
        ))}
      </ul>
      <div className="dataset-actions">
        <button type="button" onClick={() => picker.current?.click()} disabled={importing !== null} data-testid="import-button">Import files…</button>
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
          Points without a kind are
          <select value={pointKind} onChange={(e) => useAppStore.getState().setImportPointKind(e.target.value as PointKind)}>
            {POINT_KINDS.map((k) => (
              <option key={k.value} value={k.value}>{k.label}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => saveProject(useAppStore)} data-testid="save-project">Save project</button>
        <button type="button" onClick={() => exportVisible(useAppStore, 'geojson')} data-testid="export-geojson">Export GeoJSON</button>
        <button type="button" onClick={() => exportVisible(useAppStore, 'csv')} data-testid="export-csv">Export CSV</button>
      </div>
      <p className="muted small">Your files stay in this browser. A project file (open it by importing it) keeps datasets and settings.</p>
    </section>
  );
}

function DatasetRow({ dataset: d }: { dataset: LoadedDataset }) {
  const [editing, setEditing] = useState(false);
  const isDemo = d.id === DEMO_DATASET_ID;
  const remove = () => {
    const index = useAppStore.getState().datasets.findIndex((x) => x.id === d.id);
    const removed = useAppStore.getState().removeDataset(d.id);
    if (removed) useAppStore.getState().pushNotice('info', `Removed ${removed.name}.`, { label: 'Undo', run: () => useAppStore.getState().restoreDataset(removed, index) });
  };
  return (
    <li className="dataset-row" data-testid="dataset-row">
      <input type="checkbox" checked={d.visible} onChange={(e) => useAppStore.getState().setDatasetVisible(d.id, e.target.checked)} aria-label={`Show ${d.name}`} />
      <div className="dataset-text">
        {editing ? (
          <input
            className="rename"
            defaultValue={d.name}
            aria-label="Dataset name"
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
          <span className="dataset-name" data-testid="dataset-name">{d.name}</span>
        )}
        <span className="muted small">
          {counts(d)}
          {isDemo ? '' : ` · ${d.sourceFiles.join(', ')} · loaded ${d.loadedAt.slice(0, 16).replace('T', ' ')}`}
        </span>
      </div>
      {isDemo ? null : (
        <span className="dataset-buttons">
          <button type="button" className="link-button" onClick={() => setEditing(true)} aria-label={`Rename ${d.name}`}>Rename</button>
          <button type="button" className="link-button" onClick={remove} aria-label={`Remove ${d.name}`} data-testid="dataset-remove">Remove</button>
        </span>
      )}
    </li>
  );
}
