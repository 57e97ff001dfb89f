/**
 * A dataset's incidents whether they are held as objects or as columns. Column parts of a filtered
 * dataset are whole: these readers skip the rows its `incidentRows` masks leave out.
 */
import { distinctStrings, findIncidentRow, incidentAt } from './incident-columns';
import { monthIndex } from './month';
import type { Dataset, Incident } from './types';

const ALL = () => true;

/** Whether a row of the dataset's column part `index` passes its filters. */
function rowTest(d: Dataset, index: number): (row: number) => boolean {
  const mask = d.incidentRows?.[index]?.mask;
  return mask ? (row) => mask[row] === 1 : ALL;
}

function partCount(d: Dataset, index: number): number {
  return d.incidentRows?.[index]?.kept ?? d.incidentParts?.[index]?.length ?? 0;
}

export function incidentCount(d: Dataset): number {
  return d.incidents.length + (d.incidentParts ?? []).reduce((n, _, index) => n + partCount(d, index), 0);
}

export function findIncident(d: Dataset, id: string): Incident | undefined {
  const own = d.incidents.find((i) => i.id === id);
  if (own) return own;
  for (const [index, part] of (d.incidentParts ?? []).entries()) {
    const row = findIncidentRow(part, id);
    if (row >= 0) return rowTest(d, index)(row) ? incidentAt(part, row) : undefined;
  }
  return undefined;
}

/** Incidents whose month index lies in [from, to], as objects (only these rows are made). */
export function incidentsInMonths(d: Dataset, from: number, to: number): Incident[] {
  const out = d.incidents.filter((i) => {
    const m = monthIndex(i.month);
    return m >= from && m <= to;
  });
  for (const [index, part] of (d.incidentParts ?? []).entries()) {
    const test = rowTest(d, index);
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
  for (const [index, part] of (d.incidentParts ?? []).entries()) {
    const test = rowTest(d, index);
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
