import { ScatterplotLayer } from '@deck.gl/layers';
import type { IncidentTable } from '../../data/tables';
import { INCIDENT_COLOR } from '../../domain/palette';
import { memoBinaryData } from './binary-data';
import { MONTH_FILTER, monthFilterProps } from './month-filter';
import type { TimeWindow } from '../../domain/time-window';

export const INCIDENTS_LAYER_ID = 'incidents';

const incidentData = memoBinaryData((table: IncidentTable) => ({
  length: table.length,
  attributes: {
    getPosition: { value: table.positions, size: 2 },
    getRadius: { value: table.radii, size: 1 },
    getFilterValue: { value: table.filterValues, size: 2 },
  },
}));

/** IOM Missing Migrants incidents of the month, sized by dead and missing (binary attributes). */
export function buildIncidentsLayer({ table, timeWindow, visible }: { table: IncidentTable; timeWindow: TimeWindow; visible: boolean }) {
  return new ScatterplotLayer({
    id: INCIDENTS_LAYER_ID,
    visible,
    data: incidentData(table),
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
  });
}
