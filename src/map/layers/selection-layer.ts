import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { LonLat } from '../../domain/types';
import { SELECTION_LAYER_ID } from './layer-ids';

export { SELECTION_LAYER_ID };

/** A halo under the pinned entity: a path for segments, a ring for points. */
export function buildSelectionLayer({ path, point }: { path: LonLat[] | null; point: LonLat | null }) {
  if (path) {
    return new PathLayer<{ path: LonLat[] }>({
      id: `${SELECTION_LAYER_ID}-path`,
      data: [{ path }],
      getPath: (d) => d.path,
      getColor: [20, 20, 30, 230],
      getWidth: 20,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
    });
  }
  return new ScatterplotLayer<{ point: LonLat }>({
    id: `${SELECTION_LAYER_ID}-point`,
    visible: point !== null,
    data: point ? [{ point }] : [],
    getPosition: (d) => d.point,
    getRadius: 16,
    radiusUnits: 'pixels',
    filled: false,
    stroked: true,
    getLineColor: [20, 20, 30, 230],
    getLineWidth: 3,
    lineWidthUnits: 'pixels',
  });
}
