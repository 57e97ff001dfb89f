import { ScatterplotLayer } from '@deck.gl/layers';
import type { IncidentTable } from '../../data/tables';
import { INCIDENT_COLOR } from '../../domain/palette';
import { MONTH_FILTER, monthFilterRange } from './month-filter';

export const INCIDENTS_LAYER_ID = 'incidents';

// One binary data object per table: deck.gl compares `data` by reference.
const binaryData = new WeakMap<IncidentTable, object>();
function incidentData(table: IncidentTable) {
  let data = binaryData.get(table);
  if (!data) {
    data = {
      length: table.length,
      attributes: {
        getPosition: { value: table.positions, size: 2 },
        getRadius: { value: table.radii, size: 1 },
        getFilterValue: { value: table.filterValues, size: 2 },
      },
    };
    binaryData.set(table, data);
  }
  return data;
}

/** IOM Missing Migrants incidents of the month, sized by dead and missing (binary attributes). */
export function buildIncidentsLayer({ table, month, visible }: { table: IncidentTable; month: number; visible: boolean }) {
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
    filterRange: monthFilterRange(month),
    pickable: true,
    autoHighlight: true,
  });
}
