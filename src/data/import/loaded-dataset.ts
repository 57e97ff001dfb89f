/**
 * The parsed files as the dataset the workspace loads (run in the import worker): entities
 * assembled and prefixed with the dataset id, incidents as columns with their bins and drawing
 * attributes, so that the main thread only receives typed arrays.
 */
import { prefixDatasetIds } from '../combine-datasets';
import { toIncidentColumns } from '../../domain/incident-columns';
import { binPoints } from '../../domain/point-bins';
import type { LoadedDataset } from '../../domain/workspace';
import { incidentDrawing } from '../tables/incident-table';
import { buildImportedDataset } from './assemble';
import type { ParsedFile } from './types';

/** Entities a parsed file brought, incidents held as columns included (the import fuzz counts with it too). */
export function entityCount(file: ParsedFile): number {
  const e = file.entities;
  return e.segments.length + e.crossings.length + e.hubs.length + e.safeHouses.length + e.incidents.length + e.events.length + e.flows.length + (e.areas?.length ?? 0) + (file.columns?.length ?? 0);
}

/** null when no file brought any data (only project files, or nothing accepted). */
export function loadedDatasetOf(parsed: readonly ParsedFile[], meta: { id: string; loadedAt: string }): LoadedDataset | null {
  const withData = parsed.filter((f) => f.project === undefined && entityCount(f) > 0);
  if (withData.length === 0) return null;
  const name = withData.map((f) => f.report.file).join(', ');
  const { incidents, incidentParts: columnParts = [], ...built } = buildImportedDataset(withData, { name, loadedAt: meta.loadedAt });
  // Incidents travel and live as columns: a few typed arrays instead of an object per row. They are
  // made before the ids are prefixed, so that prefixing touches a dictionary, not a million rows.
  // Files read as columns (Parquet, Arrow) bring their parts ready made.
  const parts = incidents.length ? [toIncidentColumns(incidents), ...columnParts] : columnParts;
  const dataset = prefixDatasetIds({ ...built, incidents: [], incidentParts: parts }, meta.id);
  for (const columns of dataset.incidentParts ?? []) {
    columns.drawing = incidentDrawing(columns);
    const { filter } = columns.drawing;
    // Counts per filter class too, so that a filter recounts bins without visiting a row.
    columns.bins = binPoints(columns.positions, columns.months, columns.length, undefined, { of: filter.classes, count: filter.profiles.length });
  }
  return { id: meta.id, name, sourceFiles: withData.map((f) => f.report.file), loadedAt: meta.loadedAt, visible: true, dataset };
}
