import { describe, expect, it } from 'vitest';
import { binPoints, concatBins } from '../../src/domain/point-bins';
import { buildIncidentTable, BIN_MAX_ZOOM, BIN_MIN_POINTS } from '../../src/data/tables/incident-table';
import { buildLayers, incidentsBinned } from '../../src/map/layers/build-layers';
import { toIncidentColumns } from '../../src/domain/incident-columns';
import { buildMapTables } from '../../src/data/tables';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import type { Dataset, Incident } from '../../src/domain/types';

const incident = (i: number, coord: [number, number], month: string): Incident => ({
  id: `p-${i + 1}`, sources: ['S'], confidence: 'high', date: `${month}-01`, month, coord, deadAndMissing: 1, survivors: null,
});

describe('point bins', () => {
  it('count points per cell and month, at the cell centre', () => {
    const positions = Float64Array.from([19.1, 45.1, 19.4, 45.3, 19.6, 45.1, 19.1, 45.1]);
    const months = [10, 10, 10, 11];
    const bins = binPoints(positions, months, 4, 0.5);
    const rows = Array.from({ length: bins.length }, (_, b) => [bins.positions[b * 2], bins.positions[b * 2 + 1], bins.months[b], bins.counts[b]]);
    expect(rows).toEqual([
      [19.25, 45.25, 10, 2],
      [19.75, 45.25, 10, 1],
      [19.25, 45.25, 11, 1],
    ]);
    expect(concatBins([bins, bins]).length).toBe(6);
    expect([...concatBins([bins, bins]).counts].reduce((a, b) => a + b, 0)).toBe(8);
  });

  it('every point is in exactly one bin, whatever the data', () => {
    const n = 5000;
    const positions = new Float64Array(n * 2);
    const months = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      positions[i * 2] = -20 + ((i * 7919) % 7000) / 100;
      positions[i * 2 + 1] = 30 + ((i * 104729) % 3000) / 100;
      months[i] = 70 + (i % 13);
    }
    const bins = binPoints(positions, months, n);
    expect([...bins.counts].reduce((a, b) => a + b, 0)).toBe(n);
  });

  it('replace single points on the map only for a large set seen from afar', () => {
    expect(incidentsBinned(BIN_MIN_POINTS + 1, BIN_MAX_ZOOM - 1)).toBe(true);
    expect(incidentsBinned(BIN_MIN_POINTS + 1, BIN_MAX_ZOOM)).toBe(false);
    expect(incidentsBinned(100, 2)).toBe(false);
    const big = Array.from({ length: BIN_MIN_POINTS + 10 }, (_, i) => incident(i, [15 + (i % 100) / 10, 40 + (i % 37) / 10], '2016-05'));
    const dataset = {
      format: 'routeshift-dataset', version: 1, name: 'big', dataDate: '', months: { from: '2016-01', to: '2016-12' },
      sources: [], corridors: [], segments: [], crossings: [], hubs: [], safeHouses: [], events: [], flows: [], prices: [],
      incidents: [], incidentParts: [toIncidentColumns(big)],
    } satisfies Dataset;
    const tables = buildMapTables(dataset);
    expect([...(tables.incidents.parts[0]?.bins.counts ?? [])].reduce((a, b) => a + b, 0)).toBe(big.length);
    const layers = (zoom: number) =>
      buildLayers({ tables, timeWindow: { mode: 'month', month: '2016-05', start: '2016-05', trail: false }, layers: DEFAULT_LAYERS, selected: null, labels: [], zoom, theme: 'light' });
    const visible = (zoom: number) => Object.fromEntries(layers(zoom).filter((l) => l.id.startsWith('incident')).map((l) => [l.id, l.props.visible]));
    expect(visible(4)).toEqual({ incidents: false, 'incident-bins': true });
    expect(visible(8)).toEqual({ incidents: true, 'incident-bins': false });
    // Bins are binary data filtered by month on the GPU, like the points.
    const part = buildIncidentTable([], dataset.incidentParts).parts[0];
    expect(part?.binsDrawn.filterValues.length).toBe(2 * (part?.bins.length ?? -1));
  });
});
