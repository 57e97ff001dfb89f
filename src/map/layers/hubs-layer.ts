import { ScatterplotLayer } from '@deck.gl/layers';
import type { HubRow } from '../../data/tables';
import { HUB_COLOR } from '../../domain/palette';

export const HUBS_LAYER_ID = 'hubs';

/** Hubs, camps, landings and departure points. Places without an exact location are drawn hollow. */
export function buildHubsLayer({ rows, visible }: { rows: HubRow[]; visible: boolean }) {
  return new ScatterplotLayer<HubRow>({
    id: HUBS_LAYER_ID,
    visible,
    data: rows,
    getPosition: (r) => r.coord,
    getRadius: (r) => (r.hub.kind === 'hub' ? 4 : 3.5),
    radiusUnits: 'pixels',
    stroked: true,
    filled: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1.5,
    getFillColor: (r) => (r.exact ? HUB_COLOR : [255, 255, 255, 230]),
    getLineColor: (r) => (r.exact ? [255, 255, 255, 255] : HUB_COLOR),
    pickable: true,
    autoHighlight: true,
  });
}
