/**
 * Incidents held as columns (typed arrays and dictionaries) instead of one object per row, so that a
 * million imported points cost a few bytes each on the main thread and reach deck.gl without a copy.
 * Rows are turned back into Incident objects only when one is looked at (tooltip, panel, export).
 */
import { monthIndex, monthKey } from './month';
import type { PointBins } from './point-bins';
import type { FilterClasses } from './filter-classes';
import type { Confidence, Incident } from './types';

/**
 * A string per row: a dictionary of distinct values with a code per row (null = absent), ids of the
 * form prefix + row number, or plain values when nearly every row differs (free text).
 */
export type StringColumn =
  | { kind: 'dict'; values: (string | null)[]; codes: Uint16Array | Uint32Array }
  | { kind: 'numbered'; prefix: string; numbers: Uint32Array }
  | { kind: 'plain'; values: (string | null)[] };

const TEXT_FIELDS = ['cause', 'location', 'countryIso3', 'recordType', 'route', 'notes'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
export const CONFIDENCES: Confidence[] = ['high', 'medium', 'low'];
/** Joins a row's source keys into one dictionary value (keys never contain a line break). */
export const SOURCE_SEPARATOR = '\n';

export interface IncidentColumns {
  length: number;
  /** lon, lat per row: the very array deck.gl draws from. */
  positions: Float64Array;
  /** Month index per row (see domain/month). */
  months: Uint16Array;
  /** NaN where the source gives no figure. */
  deadAndMissing: Float32Array;
  survivors: Float32Array;
  /** Index into ['high', 'medium', 'low']. */
  confidence: Uint8Array;
  /** 1 where the row is illustrative. */
  illustrative: Uint8Array;
  ids: StringColumn;
  dates: StringColumn;
  /** Source keys of a row joined by a line break. */
  sources: StringColumn;
  text: Partial<Record<TextField, StringColumn>>;
  /** The rows grouped per cell and month (computed where the columns are made: the import worker). */
  bins?: PointBins;
  /** deck.gl attributes computed where the columns are made, so the main thread only receives them. */
  drawing?: {
    radii: Float32Array;
    filterValues: Float32Array;
    filter: FilterClasses;
  };
}

const NUMBERED = /^(.*?)(\d{1,9})$/;
/** Digits that a number prints back exactly (no leading zeros), so ids round-trip. */
const CANONICAL_NUMBER = /^(0|[1-9]\d{0,8})$/;

/** The most compact column for these values. */
export function encodeStrings(values: readonly (string | null | undefined)[]): StringColumn {
  const n = values.length;
  const first = values[0];
  // Numbered ids differ from row to row: a value repeated (a source key ending in a digit) is a dictionary's.
  const numbered = typeof first === 'string' && (n === 1 || values[1] !== first) ? NUMBERED.exec(first) : null;
  if (numbered && numbered[2] && CANONICAL_NUMBER.test(numbered[2])) {
    const prefix = numbered[1] ?? '';
    const numbers = new Uint32Array(n);
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      const v = values[i];
      if (typeof v !== 'string' || !v.startsWith(prefix)) ok = false;
      else {
        const digits = v.slice(prefix.length);
        const num = Number(digits);
        if (!CANONICAL_NUMBER.test(digits)) ok = false;
        else numbers[i] = num;
      }
    }
    if (ok) return { kind: 'numbered', prefix, numbers };
  }
  const index = new Map<string | null, number>();
  const dict: (string | null)[] = [];
  const codes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] ?? null;
    let code = index.get(v);
    if (code === undefined) {
      code = dict.length;
      index.set(v, code);
      dict.push(v);
      // Nearly every value so far is new (free text): stop building a dictionary early.
      if (dict.length > 1024 && dict.length > 0.9 * (i + 1)) return { kind: 'plain', values: values.map((x) => x ?? null) };
    }
    codes[i] = code;
  }
  // Mostly distinct values: a dictionary would only add the codes. A column that repeats values
  // (dates: a few thousand days over a million rows, however they are ordered) keeps one string per value.
  if (dict.length > 1024 && dict.length > n / 2) return { kind: 'plain', values: values.map((x) => x ?? null) };
  return { kind: 'dict', values: dict, codes: dict.length <= 0x10000 ? Uint16Array.from(codes) : codes };
}

export function stringAt(column: StringColumn, i: number): string | null {
  switch (column.kind) {
    case 'dict':
      return column.values[column.codes[i] ?? -1] ?? null;
    case 'numbered': {
      const n = column.numbers[i];
      return n === undefined ? null : `${column.prefix}${n}`;
    }
    case 'plain':
      return column.values[i] ?? null;
  }
}

/** The same column with every value passed through `fn` (dictionaries stay dictionaries). */
export function mapStrings(column: StringColumn, fn: (value: string) => string): StringColumn {
  switch (column.kind) {
    case 'dict':
      return { ...column, values: column.values.map((v) => (v === null ? null : fn(v))) };
    case 'numbered':
      return { ...column, prefix: fn(column.prefix) };
    case 'plain':
      return { kind: 'plain', values: column.values.map((v) => (v === null ? null : fn(v))) };
  }
}

const distinctOf = new WeakMap<StringColumn, string[]>();

/** The distinct values of a column (for dictionaries, without reading the rows). */
export function distinctStrings(column: StringColumn): string[] {
  if (column.kind === 'dict') return column.values.filter((v): v is string => v !== null);
  let known = distinctOf.get(column);
  if (!known) distinctOf.set(column, (known = distinctRows(column)));
  return known;
}

/** Read row by row, once per column (a million rows may come). */
function distinctRows(column: Exclude<StringColumn, { kind: 'dict' }>): string[] {
  const out = new Set<string>();
  for (let i = 0; i < (column.kind === 'numbered' ? column.numbers.length : column.values.length); i++) {
    const v = stringAt(column, i);
    if (v !== null) out.add(v);
  }
  return [...out];
}

function gatherStrings(column: StringColumn, rows: Uint32Array): StringColumn {
  switch (column.kind) {
    case 'dict':
    {
      const code = (r: number) => column.codes[r] ?? 0;
      return { kind: 'dict', values: column.values, codes: column.codes instanceof Uint16Array ? Uint16Array.from(rows, code) : Uint32Array.from(rows, code) };
    }
    case 'numbered':
      return { kind: 'numbered', prefix: column.prefix, numbers: rows.map((r) => column.numbers[r] ?? 0) };
    case 'plain':
      return { kind: 'plain', values: Array.from(rows, (r) => column.values[r] ?? null) };
  }
}

/** Each row's source keys joined; rows that share one list (all rows of a file) share one string. */
function joinedSources(incidents: readonly Incident[]): string[] {
  let last: readonly string[] | null = null;
  let joined = '';
  return incidents.map((x) => {
    if (x.sources !== last) {
      last = x.sources;
      joined = x.sources.join(SOURCE_SEPARATOR);
    }
    return joined;
  });
}

export function toIncidentColumns(incidents: readonly Incident[]): IncidentColumns {
  const length = incidents.length;
  const positions = new Float64Array(length * 2);
  const months = new Uint16Array(length);
  const deadAndMissing = new Float32Array(length);
  const survivors = new Float32Array(length);
  const confidence = new Uint8Array(length);
  const illustrative = new Uint8Array(length);
  // Month keys and source lists repeat across rows: each is read or joined once (a million rows may come).
  const monthIndexOf = new Map<string, number>();
  incidents.forEach((incident, i) => {
    positions[i * 2] = incident.coord[0];
    positions[i * 2 + 1] = incident.coord[1];
    let month = monthIndexOf.get(incident.month);
    if (month === undefined) {
      month = monthIndex(incident.month);
      monthIndexOf.set(incident.month, month);
    }
    months[i] = month;
    deadAndMissing[i] = incident.deadAndMissing ?? Number.NaN;
    survivors[i] = incident.survivors ?? Number.NaN;
    confidence[i] = Math.max(0, CONFIDENCES.indexOf(incident.confidence));
    illustrative[i] = incident.illustrative ? 1 : 0;
  });
  const text: IncidentColumns['text'] = {};
  for (const field of TEXT_FIELDS) {
    if (incidents.some((incident) => incident[field] !== undefined)) text[field] = encodeStrings(incidents.map((incident) => incident[field]));
  }
  return {
    length,
    positions,
    months,
    deadAndMissing,
    survivors,
    confidence,
    illustrative,
    ids: encodeStrings(incidents.map((x) => x.id)),
    dates: encodeStrings(incidents.map((x) => x.date)),
    sources: encodeStrings(joinedSources(incidents)),
    text,
  };
}

const figure = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? null : value);

export function sourcesAt(columns: IncidentColumns, i: number): string[] {
  const joined = stringAt(columns.sources, i);
  return joined ? joined.split(SOURCE_SEPARATOR) : [];
}

/** Row `i` as the Incident it was made from. */
export function incidentAt(columns: IncidentColumns, i: number): Incident {
  const incident: Incident = {
    id: stringAt(columns.ids, i) ?? '',
    sources: sourcesAt(columns, i),
    confidence: CONFIDENCES[columns.confidence[i] ?? 0] ?? 'high',
    date: stringAt(columns.dates, i) ?? '',
    month: monthKey(columns.months[i] ?? 0),
    coord: [columns.positions[i * 2] ?? 0, columns.positions[i * 2 + 1] ?? 0],
    deadAndMissing: figure(columns.deadAndMissing[i]),
    survivors: figure(columns.survivors[i]),
  };
  if (columns.illustrative[i]) incident.illustrative = true;
  for (const field of TEXT_FIELDS) {
    const column = columns.text[field];
    const value = column ? stringAt(column, i) : null;
    if (value !== null) incident[field] = value;
  }
  return incident;
}

/** The row holding `id`, or -1. */
export function findIncidentRow(columns: IncidentColumns, id: string): number {
  const ids = columns.ids;
  if (ids.kind === 'numbered') {
    if (!id.startsWith(ids.prefix)) return -1;
    const n = Number(id.slice(ids.prefix.length));
    return Number.isInteger(n) ? ids.numbers.indexOf(n) : -1;
  }
  if (ids.kind === 'dict') {
    const code = ids.values.indexOf(id);
    return code < 0 ? -1 : ids.codes.indexOf(code);
  }
  return ids.values.indexOf(id);
}

/** Only the rows for which `keep` is true (filters run once per change, not per month). */
export function selectIncidentRows(columns: IncidentColumns, keep: (row: number) => boolean): IncidentColumns {
  const picked: number[] = [];
  for (let i = 0; i < columns.length; i++) if (keep(i)) picked.push(i);
  if (picked.length === columns.length) return columns;
  const rows = Uint32Array.from(picked);
  const positions = new Float64Array(rows.length * 2);
  rows.forEach((r, i) => {
    positions[i * 2] = columns.positions[r * 2] ?? 0;
    positions[i * 2 + 1] = columns.positions[r * 2 + 1] ?? 0;
  });
  const text: IncidentColumns['text'] = {};
  for (const [field, column] of Object.entries(columns.text) as [TextField, StringColumn][]) text[field] = gatherStrings(column, rows);
  return {
    length: rows.length,
    positions,
    months: Uint16Array.from(rows, (r) => columns.months[r] ?? 0),
    deadAndMissing: Float32Array.from(rows, (r) => columns.deadAndMissing[r] ?? Number.NaN),
    survivors: Float32Array.from(rows, (r) => columns.survivors[r] ?? Number.NaN),
    confidence: Uint8Array.from(rows, (r) => columns.confidence[r] ?? 0),
    illustrative: Uint8Array.from(rows, (r) => columns.illustrative[r] ?? 0),
    ids: gatherStrings(columns.ids, rows),
    dates: gatherStrings(columns.dates, rows),
    sources: gatherStrings(columns.sources, rows),
    text,
  };
}

/** Every id and source key prefixed (as prefixDatasetIds does for object rows). */
export function prefixIncidentColumns(columns: IncidentColumns, prefix: (id: string) => string): IncidentColumns {
  return {
    ...columns,
    ids: mapStrings(columns.ids, prefix),
    sources: mapStrings(columns.sources, (joined) => joined.split(SOURCE_SEPARATOR).map(prefix).join(SOURCE_SEPARATOR)),
    ...(columns.drawing
      ? {
          drawing: {
            ...columns.drawing,
            filter: { ...columns.drawing.filter, profiles: columns.drawing.filter.profiles.map((p) => ({ ...p, sources: p.sources.map(prefix) })) },
          },
        }
      : {}),
  };
}
