import { ScatterplotLayer } from '@deck.gl/layers';
import type { HubTable } from '../../data/tables';
import { memoBinaryData } from './binary-data';
import { classFilter, MONTH_FILTER, withClassData } from './month-filter';
import { HUBS_LAYER_ID } from './layer-ids';

export { HUBS_LAYER_ID };

const hubData = memoBinaryData((table: HubTable) => ({
  length: table.length,
  attributes: {
    getPosition: { value: table.positions, size: 2 },
    getRadius: { value: table.radii, size: 1 },
    getFillColor: { value: table.fillColors, size: 4, normalized: true },
    getLineColor: { value: table.lineColors, size: 4, normalized: true },
  },
}));

/** Hubs, camps, landings and departure points. Places without an exact location are drawn hollow. */
/** Places are undated: the extension's month range is left open and only the filter classes apply. */
export function buildHubsLayer({ table, visible, allowed }: { table: HubTable; visible: boolean; allowed?: Uint8Array }) {
  const { categories, filterCategories } = classFilter(table.filter, allowed);
  return new ScatterplotLayer({
    id: HUBS_LAYER_ID,
    visible,
    data: withClassData(hubData(table), categories),
    extensions: [MONTH_FILTER],
    filterCategories,
    radiusUnits: 'pixels',
    stroked: true,
    filled: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1.5,
    pickable: true,
    autoHighlight: true,
  });
}
