import { ScatterplotLayer } from '@deck.gl/layers';
import { binDrawing, type BinDrawing, type IncidentTable } from '../../data/tables/incident-table';
import { allowedClasses } from '../../domain/filter-classes';
import type { EntityFilters } from '../../domain/filters';
import { partLayerId } from './incidents-layer';
import { INCIDENT_COLOR } from '../../domain/palette';
import type { TimeWindow } from '../../domain/time-window';
import { memoBinaryData } from './binary-data';
import { followsWindow, MONTH_ONLY_FILTER, monthFilterProps } from './month-filter';
import { INCIDENT_BINS_LAYER_ID } from './layer-ids';

export { INCIDENT_BINS_LAYER_ID };

/** Not a prefix of 'incidents': deck.gl matches picking layer ids by prefix. */

const binData = memoBinaryData((bins: BinDrawing) => ({
  length: bins.length,
  attributes: {
    getPosition: { value: bins.positions, size: 2 },
    getRadius: { value: bins.radii, size: 1 },
    getFilterValue: { value: bins.filterValues, size: 2 },
  },
}));

/** Incidents per grid cell and month, drawn instead of single points when a large set is seen from afar. */
export function buildIncidentBinsLayers({ table, timeWindow, visible, filters = {} }: { table: IncidentTable; timeWindow: TimeWindow; visible: boolean; filters?: EntityFilters }) {
  return table.parts.map((part, p) => followsWindow(new ScatterplotLayer({
    id: partLayerId(INCIDENT_BINS_LAYER_ID, p),
    visible,
    // Bins follow the filters by their counts (computed per filter), not by a GPU category.
    data: binData(binDrawing(part, allowedClasses(part.filter.profiles, filters))),
    radiusUnits: 'pixels',
    getFillColor: [INCIDENT_COLOR[0], INCIDENT_COLOR[1], INCIDENT_COLOR[2], 150],
    getLineColor: [255, 255, 255, 220],
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    // The month only: bins follow the filters by their counts, and a layer without a category
    // attribute would read the category filter's constant (an integer attribute) as garbage.
    extensions: [MONTH_ONLY_FILTER],
    ...monthFilterProps(timeWindow),
    pickable: false,
  })));
}
