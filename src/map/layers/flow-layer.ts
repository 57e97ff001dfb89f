import { TripsLayer } from '@deck.gl/geo-layers';
import { buildFlowTrips, LOOP_TIME, TRIP_TIME, type FlowTrips } from '../../data/tables/flow-trips';
import type { SegmentTable } from '../../data/tables';
import type { TimeWindow } from '../../domain/time-window';
import { memoBinaryData } from './binary-data';
import { MONTH_FILTER, monthFilterProps } from './month-filter';

export const FLOW_LAYER_ID = 'flow-particles';
export { LOOP_TIME, TRIP_TIME };

const tripsOf = new WeakMap<SegmentTable, FlowTrips>();
const flowData = memoBinaryData((trips: FlowTrips) => ({
  length: trips.length,
  startIndices: trips.startIndices,
  attributes: {
    getPath: { value: trips.positions, size: 2 },
    getTimestamps: { value: trips.timestamps, size: 1 },
    getColor: { value: trips.colors, size: 4, normalized: true },
    getFilterValue: { value: trips.filterValues, size: 2 },
  },
}));

/** Particles moving along the window's segments; `currentTime` is advanced by the map's animation loop. */
export function buildFlowLayer({ table, timeWindow, visible, currentTime = 0 }: { table: SegmentTable; timeWindow: TimeWindow; visible: boolean; currentTime?: number }) {
  let trips = tripsOf.get(table);
  if (!trips && visible) tripsOf.set(table, (trips = buildFlowTrips(table)));
  return new TripsLayer({
    id: FLOW_LAYER_ID,
    visible: visible && !!trips,
    data: trips ? flowData(trips) : { length: 0, attributes: {} },
    _pathType: 'open',
    widthUnits: 'pixels',
    getWidth: 3,
    capRounded: true,
    jointRounded: true,
    fadeTrail: true,
    trailLength: TRIP_TIME / 3,
    currentTime,
    extensions: [MONTH_FILTER],
    ...monthFilterProps({ ...timeWindow, trail: false }),
  });
}
