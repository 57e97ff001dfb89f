/**
 * The layers imported points are drawn with that the opening view does not show (the zoomed-out
 * bins of a large point set, and single incidents drawn from an imported part), built over one
 * made-up incident that their month filter leaves out (drawn, so every program is compiled and
 * linked, yet nothing shows): handed to deck.gl for a frame at idle after the map is ready
 * (MapView's warmUpLayers), they make it compile their shaders then (luma.gl keeps the programs),
 * so that the first frame after a large import does not (under SwiftShader a compile blocks the
 * main thread for 0.4–2 s).
 */
import type { Layer } from '@deck.gl/core';
import { buildIncidentTable } from '../../data/tables/incident-table';
import type { TimeWindow } from '../../domain/time-window';
import { buildIncidentBinsLayers } from './incident-bins-layer';
import { buildIncidentsLayers } from './incidents-layer';

export const WARM_UP_PREFIX = 'warm-up-';

export function warmUpLayerList(): Layer[] {
  const table = buildIncidentTable([
    { id: 'warm-up', sources: [], confidence: 'medium', date: '2016-01-01', month: '2016-01', coord: [20, 44], deadAndMissing: null, survivors: null },
  ]);
  // A month without the incident: the filter draws nothing.
  const timeWindow: TimeWindow = { mode: 'month', start: '2000-01', month: '2000-01', trail: false };
  const layers: Layer[] = [...buildIncidentBinsLayers({ table, timeWindow, visible: true }), ...buildIncidentsLayers({ table, timeWindow, visible: true })];
  return layers.map((layer) => layer.clone({ id: `${WARM_UP_PREFIX}${layer.id}`, pickable: false }));
}
