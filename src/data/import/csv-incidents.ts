/**
 * CSV rows of points that are plain dated incidents, read straight into columns (KeptIncidents):
 * no record, draft or Incident object per row. A row qualifies when its coordinates are plain
 * numbers in range, its kind says incident (or the point kind is incident and no kind is given)
 * and its incident reading (incident-reading.ts) needs no repair and throws nothing. Every other
 * row (a repair, a rejection, another kind) is left to the row path (csv-records.ts and the
 * FileAssembler), so the report and the entities are the row path's (tests/unit/import-csv-columns.test.ts).
 */
import type { LonLat } from '../../domain/types';
import type { FileAssembler } from './assemble';
import { readNumber } from './coords';
import type { CellLayout } from './csv-records';
import { RowProblem } from './fields';
import { IncidentReader } from './incident-reading';
import { KeptIncidents } from './kept-incidents';
import { kindOf } from './kinds';
import type { FieldRole, FieldValue, Fields, RawRecord, Repair } from './records';
import type { CsvContent, ImportOptions } from './types';

const NO_REPAIRS: Repair[] = [];

export class CsvIncidents {
  readonly kept: KeptIncidents;
  /** The scratch fields of the current row (one FieldValue per role, its value replaced per row). */
  private readonly fields: Fields = {};
  private readonly cells: [FieldValue, number][] = [];
  private readonly reader = new IncidentReader(this.fields);
  private readonly repairs: Repair[] = [];
  private readonly coord: LonLat = [0, 0];
  /** Plain incident or not, per distinct kind cell. */
  private readonly kinds = new Map<string, boolean>();

  /** The reader for a file's rows, or null when none of them can be kept as columns. */
  static of(layout: CellLayout, content: CsvContent, options: ImportOptions, capacity: number, label: string): CsvIncidents | null {
    if (!options.incidentsAsColumns || content !== 'points' || !layout.at.lat || !layout.at.lon) return null;
    if (!layout.at.kind && options.pointKind !== 'incident') return null;
    return new CsvIncidents(layout, options, capacity, label);
  }

  private constructor(
    private readonly layout: CellLayout,
    private readonly options: ImportOptions,
    capacity: number,
    label: string,
  ) {
    // The fields as the row path reads a points row: a from/to pair is the date when no date is given.
    const at = new Map<FieldRole, [number, string]>(layout.fields.map(([role, index, name]) => [role, [index, name]]));
    if (!at.has('date') && at.has('from')) {
      at.set('date', at.get('from') as [number, string]);
      if (at.has('to')) at.set('dateTo', at.get('to') as [number, string]);
    }
    at.delete('from');
    at.delete('to');
    for (const [role, [index, name]] of at) {
      const field: FieldValue = { value: '', name };
      this.fields[role] = field;
      this.cells.push([field, index]);
    }
    this.kept = new KeptIncidents(capacity, at.has('id'), label);
  }

  /** Keeps the row as columns when it qualifies (true); false leaves it to the row path. */
  take(cells: string[], line: number, assembler: FileAssembler): boolean {
    const coord = this.point(cells);
    if (!coord || !this.isIncident(cells)) return false;
    for (const [field, index] of this.cells) field.value = cells[index] ?? '';
    const repairs = this.repairs;
    repairs.length = 0;
    try {
      const reading = this.reader.read(repairs);
      if (repairs.length > 0) return false;
      this.kept.add(line, coord, reading, NO_REPAIRS);
    } catch (error) {
      if (error instanceof RowProblem) return false;
      throw error;
    }
    assembler.countPosition(coord[0], coord[1]);
    return true;
  }

  /** The row's point when both cells are plain numbers in range (no repair, no rejection). */
  private point(cells: string[]): LonLat | null {
    const { lat: latAt, lon: lonAt } = this.layout.at as Required<CellLayout['at']>;
    const lat = readNumber(cells[latAt[0]] ?? '', 'latitude');
    if (!lat.ok || lat.repair || !(lat.value >= -90 && lat.value <= 90)) return null;
    const lon = readNumber(cells[lonAt[0]] ?? '', 'longitude');
    if (!lon.ok || lon.repair || !(lon.value >= -180 && lon.value <= 180)) return null;
    this.coord[0] = lon.value;
    this.coord[1] = lat.value;
    return this.coord;
  }

  /** Whether the row's kind is incident without a repair, decided once per distinct kind cell (kinds.ts). */
  private isIncident(cells: string[]): boolean {
    const kindAt = this.layout.at.kind;
    if (!kindAt) return this.options.pointKind === 'incident';
    const value = cells[kindAt[0]] ?? '';
    let plain = this.kinds.get(value);
    if (plain === undefined) {
      const repairs: Repair[] = [];
      const record: RawRecord = { row: null, raw: () => '', geometry: { type: 'point', coord: [0, 0] }, fields: { kind: { value, name: kindAt[1] } }, repairs };
      try {
        plain = kindOf(record, this.options.pointKind, repairs).target === 'incident' && repairs.length === 0;
      } catch {
        plain = false;
      }
      if (this.kinds.size < 1000) this.kinds.set(value, plain);
    }
    return plain;
  }
}
