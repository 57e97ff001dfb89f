import { monthKey } from '../../domain/month';
import { windowBounds } from '../../domain/time-window';
import { selectTimeWindow } from '../../state/slices/time-slice';
import type { AppStore } from '../../state/store';
import { downloadText } from '../download';

/** Exports what the map shows in the current month, with its sources and data date. */
export async function exportVisible(store: AppStore, kind: 'geojson' | 'csv') {
  // Loaded on demand, with its CSV writer (papaparse).
  const { exportCsv, exportFileName, exportGeoJsonText } = await import('../../data/export/export-visible');
  const state = store.getState();
  const { dataset, layers } = state;
  if (!dataset) return;
  const { from, to } = windowBounds(selectTimeWindow(state));
  const months = { from: monthKey(from), to: monthKey(to) };
  const generatedAt = new Date().toISOString();
  if (kind === 'geojson') downloadText(exportFileName('geojson', months, generatedAt), exportGeoJsonText(dataset, months, layers, generatedAt), 'application/geo+json');
  else downloadText(exportFileName('csv', months, generatedAt), exportCsv(dataset, months, layers, generatedAt), 'text/csv');
}
