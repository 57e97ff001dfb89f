import { exportCsv, exportFileName, exportGeoJsonText } from '../../data/export/export-visible';
import type { AppStore } from '../../state/store';
import { downloadText } from '../download';

/** Exports what the map shows in the current month, with its sources and data date. */
export function exportVisible(store: AppStore, kind: 'geojson' | 'csv') {
  const { dataset, month, layers } = store.getState();
  if (!dataset) return;
  const months = { from: month, to: month };
  const generatedAt = new Date().toISOString();
  if (kind === 'geojson') downloadText(exportFileName('geojson', months, generatedAt), exportGeoJsonText(dataset, months, layers, generatedAt), 'application/geo+json');
  else downloadText(exportFileName('csv', months, generatedAt), exportCsv(dataset, months, layers, generatedAt), 'text/csv');
}
