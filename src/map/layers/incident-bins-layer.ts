import { ScatterplotLayer } from '@deck.gl/layers';
import type { IncidentPartTable, IncidentTable } from '../../data/tables/incident-table';
import { partLayerId } from './incidents-layer';
import { INCIDENT_COLOR } from '../../domain/palette';
import type { TimeWindow } from '../../domain/time-window';
import { memoBinaryData } from './binary-data';
import { MONTH_FILTER, monthFilterProps } from './month-filter';

/** Not a prefix of 'incidents': deck.gl matches picking layer ids by prefix. */
export const INCIDENT_BINS_LAYER_ID = 'incident-bins';

const binData = memoBinaryData((table: IncidentPartTable) => ({
  length: table.bins.length,
  attributes: {
    getPosition: { value: table.bins.positions, size: 2 },
    getRadius: { value: table.binRadii, size: 1 },
    getFilterValue: { value: table.binFilterValues, size: 2 },
  },
}));

/** Incidents per grid cell and month, drawn instead of single points when a large set is seen from afar. */
export function buildIncidentBinsLayers({ table, timeWindow, visible }: { table: IncidentTable; timeWindow: TimeWindow; visible: boolean }) {
  return table.parts.map((part, p) => new ScatterplotLayer({
    id: partLayerId(INCIDENT_BINS_LAYER_ID, p),
    visible,
    data: binData(part),
    radiusUnits: 'pixels',
    getFillColor: [INCIDENT_COLOR[0], INCIDENT_COLOR[1], INCIDENT_COLOR[2], 150],
    getLineColor: [255, 255, 255, 220],
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    extensions: [MONTH_FILTER],
    ...monthFilterProps(timeWindow),
    pickable: false,
  }));
}
