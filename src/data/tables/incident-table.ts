/** Incidents as columnar typed arrays (deck.gl binary attributes), one row per incident. */
import type { Incident } from '../../domain/types';
import { monthIndex } from '../../domain/month';

export interface IncidentTable {
  length: number;
  positions: Float64Array;
  /** Radius in pixels, by dead and missing (square-root scale). */
  radii: Float32Array;
  /** [monthFrom, monthTo] per row; an incident's month twice. */
  filterValues: Float32Array;
  incidents: Incident[];
}

export function incidentRadius(deadAndMissing: number | null): number {
  return 3 + 2.2 * Math.sqrt(Math.max(0, deadAndMissing ?? 0));
}

export function buildIncidentTable(incidents: Incident[]): IncidentTable {
  const length = incidents.length;
  const positions = new Float64Array(length * 2);
  const radii = new Float32Array(length);
  const filterValues = new Float32Array(length * 2);
  incidents.forEach((incident, i) => {
    const m = monthIndex(incident.month);
    positions[i * 2] = incident.coord[0];
    positions[i * 2 + 1] = incident.coord[1];
    radii[i] = Math.min(24, incidentRadius(incident.deadAndMissing));
    filterValues[i * 2] = m;
    filterValues[i * 2 + 1] = m;
  });
  return { length, positions, radii, filterValues, incidents };
}
