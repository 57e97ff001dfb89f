import { ScatterplotLayer } from '@deck.gl/layers';
import type { IncidentPartTable, IncidentTable } from '../../data/tables/incident-table';
import { INCIDENT_COLOR } from '../../domain/palette';
import { memoBinaryData } from './binary-data';
import { allowedClasses } from '../../domain/filter-classes';
import type { EntityFilters } from '../../domain/filters';
import { classFilter, followsWindow, MONTH_FILTER, monthFilterProps, withClassData } from './month-filter';
import type { TimeWindow } from '../../domain/time-window';
import { INCIDENTS_LAYER_ID, partLayerId, splitLayerId } from './layer-ids';

export { INCIDENTS_LAYER_ID, partLayerId, splitLayerId };

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
