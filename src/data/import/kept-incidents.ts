/**
 * Incident rows kept as columns while a file is read (columnar files, and CSV rows that are plain
 * incidents): no object per row. Ids share the file's namespace with the FileAssembler's rows:
 * given ids are assigned in file order among them (`takeGivenIds`), generated ones
 * (`incident-<row>`) after.
 */
import { encodeStrings, SOURCE_SEPARATOR, type IncidentColumns, type StringColumn } from '../../domain/incident-columns';
import { monthIndex } from '../../domain/month';
import type { LonLat } from '../../domain/types';
import type { IncidentReading } from './incident-reading';
import type { FileContext, IdAllocator, Repair, Reporter } from './records';

const NO_REPAIRS: Repair[] = [];

type Grown = Float64Array | Float32Array | Uint32Array | Uint16Array | Uint8Array;

function grown<T extends Grown>(a: T, size: number): T {
  const next = new (a.constructor as new (n: number) => T)(size);
  next.set(a);
  return next;
}

/** The kept incident rows, filled column by column. */
export class KeptIncidents {
  private length = 0;
  private capacity: number;
  private positions: Float64Array;
  private months: Uint16Array;
  private dead: Float32Array;
  private survivors: Float32Array;
  private confidence: Uint8Array;
  private rows: Uint32Array;
  private readonly dates: string[] = [];
  /** Per text field, its values (made on the first row that has one: most files have few of them). */
  private readonly texts: Partial<Record<'location' | 'route' | 'notes', (string | undefined)[]>> = {};
  private readonly ids: (string | undefined)[] = [];
  private readonly repairsOf = new Map<number, Repair[]>();
  /** Ids as assigned, and the first row whose given id is not yet assigned. */
  private readonly assigned: string[] = [];
  private nextGiven = 0;
  private readonly monthOf = new Map<string, number>();

  constructor(
    /** Rows expected (the columns grow past it when needed). */
    capacity: number,
    /** False when the file has no id column: then no row gives an id, and ids are numbered from the rows. */
    private readonly givesIds: boolean,
    /** What a row is called in the report's duplicate-id repair ('row', 'line'). */
    private readonly label = 'row',
  ) {
    this.capacity = Math.max(1, capacity);
    this.positions = new Float64Array(this.capacity * 2);
    this.months = new Uint16Array(this.capacity);
    this.dead = new Float32Array(this.capacity);
    this.survivors = new Float32Array(this.capacity);
    this.confidence = new Uint8Array(this.capacity);
    this.rows = new Uint32Array(this.capacity);
  }

  get size(): number {
    return this.length;
  }

  private grow(): void {
    const size = this.capacity * 2;
    this.positions = grown(this.positions, size * 2);
    this.months = grown(this.months, size);
    this.dead = grown(this.dead, size);
    this.survivors = grown(this.survivors, size);
    this.confidence = grown(this.confidence, size);
    this.rows = grown(this.rows, size);
    for (const values of Object.values(this.texts)) for (let k = this.capacity; k < size; k++) values.push(undefined);
    this.capacity = size;
  }

  add(row: number, [lon, lat]: LonLat, r: IncidentReading, repairs: Repair[]): void {
    if (this.length === this.capacity) this.grow();
    const k = this.length++;
    this.positions[k * 2] = lon;
    this.positions[k * 2 + 1] = lat;
    let month = this.monthOf.get(r.date.month);
    if (month === undefined) this.monthOf.set(r.date.month, (month = monthIndex(r.date.month)));
    this.months[k] = month;
    this.dead[k] = r.dead ?? Number.NaN;
    this.survivors[k] = r.survivors ?? Number.NaN;
    this.confidence[k] = r.confidence;
    this.rows[k] = row;
    this.dates.push(r.date.iso);
    if (r.location !== undefined) this.textColumn('location')[k] = r.location;
    if (r.route !== undefined) this.textColumn('route')[k] = r.route;
    if (r.notes !== undefined) this.textColumn('notes')[k] = r.notes;
    if (this.givesIds) this.ids[k] = r.id;
    if (repairs.length > 0) this.repairsOf.set(k, [...repairs]);
  }

  private textColumn(field: 'location' | 'route' | 'notes'): (string | undefined)[] {
    // Filled, not holey: the column is cloned to the main thread and stored in IndexedDB.
    return (this.texts[field] ??= new Array<string | undefined>(this.capacity).fill(undefined));
  }

  /** The columns, the other ids settled and each row reported kept. */
  finish(ctx: FileContext, reporter: Reporter, allocator: IdAllocator): IncidentColumns | null {
    const n = this.length;
    if (n === 0) return null;
    const rows = this.rows.slice(0, n);
    const ids = this.idColumn(rows, allocator);
    for (let k = 0; k < n; k++) reporter.keep(rows[k] ?? null, this.repairsOf.get(k) ?? NO_REPAIRS);
    const text: IncidentColumns['text'] = {};
    for (const [field, values] of Object.entries(this.texts) as [keyof typeof this.texts, (string | undefined)[]][]) {
      values.length = n;
      text[field] = encodeStrings(values);
    }
    const whole = n === this.capacity;
    const cut = <T extends Grown>(a: T, size = n): T => (whole ? a : (a.slice(0, size) as T));
    return {
      length: n,
      positions: cut(this.positions, n * 2),
      months: cut(this.months),
      deadAndMissing: cut(this.dead),
      survivors: cut(this.survivors),
      confidence: cut(this.confidence),
      illustrative: new Uint8Array(n),
      ids,
      dates: encodeStrings(this.dates),
      sources: { kind: 'dict', values: [ctx.sources.join(SOURCE_SEPARATOR)], codes: new Uint16Array(n) },
      text,
    };
  }

  /** Assigns the ids given in rows before `row` (a repeat renamed, a repair), in row order. */
  takeGivenIds(row: number, allocator: IdAllocator): void {
    for (; this.nextGiven < this.length && (this.rows[this.nextGiven] ?? 0) < row; this.nextGiven++) {
      const k = this.nextGiven;
      const given = this.ids[k];
      if (given === undefined) continue;
      const assigned = allocator.given(given, this.rows[k] ?? null, this.label);
      this.assigned[k] = assigned.id;
      if (assigned.repair) this.repairsOf.set(k, [...(this.repairsOf.get(k) ?? []), assigned.repair]);
    }
  }

  /** Given ids as assigned, `incident-<row>` for the rest (numbered when the file gives none). */
  private idColumn(rows: Uint32Array, allocator: IdAllocator): StringColumn {
    if (!this.givesIds) return { kind: 'numbered', prefix: 'incident-', numbers: rows };
    this.takeGivenIds(Infinity, allocator);
    const out = this.assigned;
    for (let k = 0; k < rows.length; k++) if (this.ids[k] === undefined) out[k] = allocator.generated(`incident-${rows[k] ?? k + 1}`);
    return encodeStrings(out);
  }
}
