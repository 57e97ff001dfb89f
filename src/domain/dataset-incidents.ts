/** A dataset's incidents whether they are held as objects or as columns. */
import { distinctStrings, findIncidentRow, incidentAt } from './incident-columns';
import { monthIndex } from './month';
import type { Dataset, Incident } from './types';

export function incidentCount(d: Dataset): number {
  return d.incidents.length + (d.incidentParts ?? []).reduce((n, p) => n + p.length, 0);
}

export function findIncident(d: Dataset, id: string): Incident | undefined {
  const own = d.incidents.find((i) => i.id === id);
  if (own) return own;
  for (const part of d.incidentParts ?? []) {
    const row = findIncidentRow(part, id);
    if (row >= 0) return incidentAt(part, row);
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
    for (let i = 0; i < part.length; i++) {
      const m = part.months[i] ?? -1;
      if (m >= from && m <= to) out.push(incidentAt(part, i));
    }
  }
  return out;
}

/** Every object row followed by every column row, as objects: for saving a project. */
export function allIncidents(d: Dataset): Incident[] {
  const out = [...d.incidents];
  for (const part of d.incidentParts ?? []) for (let i = 0; i < part.length; i++) out.push(incidentAt(part, i));
  return out;
}

/** Source keys cited by incidents (read from the dictionaries, not from every row). */
export function incidentSourceKeys(d: Dataset): Set<string> {
  const keys = new Set<string>();
  for (const i of d.incidents) for (const s of i.sources) keys.add(s);
  for (const part of d.incidentParts ?? []) for (const joined of distinctStrings(part.sources)) for (const k of joined.split('\n')) if (k) keys.add(k);
  return keys;
}
