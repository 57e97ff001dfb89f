import { incidentDrawing } from '../../src/data/tables/incident-table';
import { toIncidentColumns, type IncidentColumns } from '../../src/domain/incident-columns';
import { binPoints } from '../../src/domain/point-bins';
import type { Incident } from '../../src/domain/types';

/**
 * `n` incidents as columns, as the import worker makes them (drawing attributes and bins per filter
 * class): every third cites `sources[0]`, the others `sources[1]`; a third are medium confidence,
 * some low, the rest high; two months, a few places.
 */
export function syntheticIncidentColumns(n: number, sources: [string, string] = ['A', 'B']): IncidentColumns {
  const rows: Incident[] = Array.from({ length: n }, (_, i) => ({
    id: `x-${i}`,
    sources: [i % 3 === 0 ? sources[0] : sources[1]],
    confidence: (['high', 'medium', 'low'] as const)[i % 3 === 1 ? 1 : i % 5 === 0 ? 2 : 0],
    date: '2016-01-02',
    month: i % 2 ? '2016-01' : '2016-02',
    coord: [19 + (i % 7) * 0.3, 44 + (i % 5) * 0.4],
    deadAndMissing: 1,
    survivors: null,
  }));
  const columns = toIncidentColumns(rows);
  columns.drawing = incidentDrawing(columns);
  const { filter } = columns.drawing;
  columns.bins = binPoints(columns.positions, columns.months, columns.length, undefined, { of: filter.classes, count: filter.profiles.length });
  return columns;
}
