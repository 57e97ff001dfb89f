import { ScatterplotLayer } from '@deck.gl/layers';
import type { IncidentPartTable, IncidentTable } from '../../data/tables/incident-table';
import { INCIDENT_COLOR } from '../../domain/palette';
import { memoBinaryData } from './binary-data';
import { allowedClasses } from '../../domain/filter-classes';
import type { EntityFilters } from '../../domain/filters';
import { classFilter, followsWindow, MONTH_FILTER, monthFilterProps, withClassData } from './month-filter';
import type { TimeWindow } from '../../domain/time-window';

export const INCIDENTS_LAYER_ID = 'incidents';

/**
 * One layer per part, so that each draws from its part's own arrays: `incidents`, `incidents#1`, …
 * (deck.gl matches picking layer ids by prefix, so picking 'incidents' finds them all).
 */
export function partLayerId(base: string, part: number): string {
  return part === 0 ? base : `${base}#${part}`;
}

/** [base id, part] of a layer id made by partLayerId. */
export function splitLayerId(id: string): [string, number] {
  const at = id.lastIndexOf('#');
  return at < 0 ? [id, 0] : [id.slice(0, at), Number(id.slice(at + 1))];
}

const incidentData = memoBinaryData((table: IncidentPartTable) => ({
  length: table.length,
  attributes: {
    getPosition: { value: table.positions, size: 2 },
    getRadius: { value: table.radii, size: 1 },
    getFilterValue: { value: table.filterValues, size: 2 },
  },
}));

/** IOM Missing Migrants (or imported) incidents of the month, sized by dead and missing (binary attributes). */
export function buildIncidentsLayers({ table, timeWindow, visible, filters = {} }: { table: IncidentTable; timeWindow: TimeWindow; visible: boolean; filters?: EntityFilters }) {
  return table.parts.map((part, p) => {
    const { categories, filterCategories } = classFilter(part.filter, allowedClasses(part.filter.profiles, filters));
    return followsWindow(new ScatterplotLayer({
      id: partLayerId(INCIDENTS_LAYER_ID, p),
      visible,
      data: withClassData(incidentData(part), categories),
      filterCategories,
      radiusUnits: 'pixels',
      getFillColor: INCIDENT_COLOR,
      getLineColor: [255, 255, 255, 200],
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 1,
      extensions: [MONTH_FILTER],
      ...monthFilterProps(timeWindow),
      pickable: true,
      autoHighlight: true,
    }));
  });
}
