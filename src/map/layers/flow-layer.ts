import { TripsLayer } from '@deck.gl/geo-layers';
import { buildFlowTrips, LOOP_TIME, TRIP_TIME, type FlowTrips } from '../../data/tables/flow-trips';
import type { SegmentTable } from '../../data/tables';
import type { TimeWindow } from '../../domain/time-window';
import { memoBinaryData } from './binary-data';
import { allPass } from '../../domain/filter-classes';
import { MONTH_ONLY_FILTER, monthFilterProps } from './month-filter';
import { timeBound } from './retime';
import { FLOW_LAYER_ID } from './layer-ids';

export { FLOW_LAYER_ID };

/** Particles follow the window without its trail. */
const flowWindowProps = (timeWindow: TimeWindow) => monthFilterProps({ ...timeWindow, trail: false });

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

/**
 * TripsLayer has no vertex attribute left for a filter category (WebGL's 16), so the filters reach
 * the particles through their month range instead: trips of classes left out get a range no window
 * overlaps. Built once per filter, and only while particles are shown.
 */
const filteredTrips = new WeakMap<FlowTrips, WeakMap<Uint8Array, FlowTrips>>();
function tripsFor(trips: FlowTrips, allowed: Uint8Array | undefined): FlowTrips {
  if (!allowed || allPass(allowed)) return trips;
  let byAllowed = filteredTrips.get(trips);
  if (!byAllowed) filteredTrips.set(trips, (byAllowed = new WeakMap()));
  let out = byAllowed.get(allowed);
  if (!out) {
    const filterValues = trips.filterValues.slice();
    trips.vertexClasses.forEach((cls, v) => {
      if (allowed[cls] !== 1) filterValues.fill(-1, v * 2, v * 2 + 2);
    });
    byAllowed.set(allowed, (out = { ...trips, filterValues }));
  }
  return out;
}

/** Particles moving along the window's segments; `currentTime` is advanced by the map's animation loop. */
export function buildFlowLayer({
  table,
  timeWindow,
  visible,
  allowed,
  currentTime = 0,
}: {
  table: SegmentTable;
  timeWindow: TimeWindow;
  visible: boolean;
  allowed?: Uint8Array;
  currentTime?: number;
}) {
  let trips = tripsOf.get(table);
  if (!trips && visible) tripsOf.set(table, (trips = buildFlowTrips(table)));
  return timeBound(new TripsLayer({
    id: FLOW_LAYER_ID,
    visible: visible && !!trips,
    data: trips ? flowData(tripsFor(trips, visible ? allowed : undefined)) : { length: 0, attributes: {} },
    _pathType: 'open',
    widthUnits: 'pixels',
    getWidth: 3,
    capRounded: true,
    jointRounded: true,
    fadeTrail: true,
    trailLength: TRIP_TIME / 3,
    currentTime,
    extensions: [MONTH_ONLY_FILTER],
    ...flowWindowProps(timeWindow),
  }), flowWindowProps);
}
