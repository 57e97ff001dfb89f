import { describe, expect, it } from 'vitest';
import { buildFlowTrips, tripsPerRow } from '../../src/data/tables/flow-trips';
import { buildSegmentTable } from '../../src/data/tables/segment-table';
import { buildFlowLayer, FLOW_LAYER_ID } from '../../src/map/layers/flow-layer';
import { demoDataset } from '../fixtures/demo-fixture';

const table = buildSegmentTable(demoDataset());

describe('flow particles', () => {
  it('are denser where the month figure is larger', () => {
    expect(tripsPerRow(0, 100)).toBe(1);
    expect(tripsPerRow(100, 100)).toBe(5);
    expect(tripsPerRow(25, 100)).toBe(3);
  });
  it('follow the segment rows, carrying their month as the GPU filter value', () => {
    const trips = buildFlowTrips(table);
    expect(trips.length).toBeGreaterThanOrEqual(table.length);
    expect(trips.startIndices[trips.length]).toBe(trips.timestamps.length);
    // the first trip copies row 0's vertices and month
    expect([...trips.positions.slice(0, 4)]).toEqual([...table.positions.slice(0, 4)]);
    expect([...trips.filterValues.slice(0, 2)]).toEqual([...table.filterValues.slice(0, 2)]);
    expect(trips.timestamps[1]! - trips.timestamps[0]!).toBeGreaterThan(0);
  });
  it('are a layer that is built only when shown, with the same data for every month', () => {
    const window = (month: string) => ({ mode: 'month' as const, start: month, month, trail: false });
    expect(buildFlowLayer({ table, timeWindow: window('2015-10'), visible: false }).props.visible).toBe(false);
    const a = buildFlowLayer({ table, timeWindow: window('2015-10'), visible: true });
    const b = buildFlowLayer({ table, timeWindow: window('2015-11'), visible: true, currentTime: 12 });
    expect(a.id).toBe(FLOW_LAYER_ID);
    expect(b.props.data).toBe(a.props.data);
    expect(b.props.currentTime).toBe(12);
  });
});
