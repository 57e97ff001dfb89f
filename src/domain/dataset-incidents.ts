/**
 * A dataset's incidents whether they are held as objects or as columns. Column parts of a filtered
 * dataset are whole: these readers skip the rows its `incidentFilter` leaves out.
 */
import { distinctStrings, findIncidentRow, incidentAt, incidentRowFilter, type IncidentColumns } from './incident-columns';
import { monthIndex } from './month';
import type { Dataset, Incident } from './types';

const ALL = () => true;

/** Whether a row of `part` passes the dataset's filters. */
function rowTest(d: Dataset, part: IncidentColumns): (row: number) => boolean {
  const f = d.incidentFilter;
  return f && (f.confidence?.length || f.sources?.length) ? incidentRowFilter(part, f.confidence, f.sources) : ALL;
}

const counts = new WeakMap<IncidentColumns, Map<string, number>>();

function partCount(d: Dataset, part: IncidentColumns): number {
  const test = rowTest(d, part);
  if (test === ALL) return part.length;
  let byFilter = counts.get(part);
  if (!byFilter) counts.set(part, (byFilter = new Map()));
  const key = JSON.stringify(d.incidentFilter);
  let n = byFilter.get(key);
  if (n === undefined) {
    n = 0;
    for (let i = 0; i < part.length; i++) if (test(i)) n++;
    byFilter.set(key, n);
  }
  return n;
}

export function incidentCount(d: Dataset): number {
  return d.incidents.length + (d.incidentParts ?? []).reduce((n, p) => n + partCount(d, p), 0);
}

export function findIncident(d: Dataset, id: string): Incident | undefined {
  const own = d.incidents.find((i) => i.id === id);
  if (own) return own;
  for (const part of d.incidentParts ?? []) {
    const row = findIncidentRow(part, id);
    if (row >= 0) return rowTest(d, part)(row) ? incidentAt(part, row) : undefined;
  }
  return undefined;
}

/** Incidents whose month index lies in [from, to], as objects (only these rows are made). */
export function incidentsInMonths(d: Dataset, from: number, to: number): Incident[] {
  const out = d.incidents.filter((i) => {
    const m = monthIndex(i.month);
    return m >= from && m <= to;
  });
  for (const part of d.incidentParts ?? []) {
    const test = rowTest(d, part);
    for (let i = 0; i < part.length; i++) {
      const m = part.months[i] ?? -1;
      if (m >= from && m <= to && test(i)) out.push(incidentAt(part, i));
    }
  }
  return out;
}

/** Every object row followed by every column row (that passes the filters), as objects: for saving a project. */
export function allIncidents(d: Dataset): Incident[] {
  const out = [...d.incidents];
  for (const part of d.incidentParts ?? []) {
    const test = rowTest(d, part);
    for (let i = 0; i < part.length; i++) if (test(i)) out.push(incidentAt(part, i));
  }
  return out;
}

/** Source keys cited by incidents (read from the dictionaries, not from every row). */
export function incidentSourceKeys(d: Dataset): Set<string> {
  const keys = new Set<string>();
  for (const i of d.incidents) for (const s of i.sources) keys.add(s);
  for (const part of d.incidentParts ?? []) for (const joined of distinctStrings(part.sources)) for (const k of joined.split('\n')) if (k) keys.add(k);
  return keys;
}
