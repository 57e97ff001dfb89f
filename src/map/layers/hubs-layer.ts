import { ScatterplotLayer } from '@deck.gl/layers';
import type { HubTable } from '../../data/tables';
import { memoBinaryData } from './binary-data';

export const HUBS_LAYER_ID = 'hubs';

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
export function buildHubsLayer({ table, visible }: { table: HubTable; visible: boolean }) {
  return new ScatterplotLayer({
    id: HUBS_LAYER_ID,
    visible,
    data: hubData(table),
    radiusUnits: 'pixels',
    stroked: true,
    filled: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1.5,
    pickable: true,
    autoHighlight: true,
  });
}
