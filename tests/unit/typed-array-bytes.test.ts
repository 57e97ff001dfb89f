import { describe, expect, it } from 'vitest';
import { typedArrayBytes } from '../../src/app/test-hook';

describe('typedArrayBytes (the bench memory baseline)', () => {
  it('sums typed arrays found through nested objects', () => {
    const tables = {
      segments: { positions: new Float64Array(10), colors: new Uint8Array(40), length: 10 },
      hubs: { radii: new Float32Array(5), nested: { ids: new Uint32Array(3) } },
    };
    expect(typedArrayBytes(tables)).toBe(80 + 40 + 20 + 12);
  });

  it('counts a view reached twice once', () => {
    const shared = new Float32Array(8);
    expect(typedArrayBytes({ a: shared, b: { again: shared } })).toBe(32);
  });

  it('skips long lists of rows, which hold JS objects rather than binary attributes', () => {
    const rows = Array.from({ length: 100 }, () => ({ coord: new Float64Array(2) }));
    expect(typedArrayBytes({ rows, columns: [new Int32Array(4)] })).toBe(16);
  });

  it('is 0 for nothing', () => {
    expect(typedArrayBytes(null)).toBe(0);
    expect(typedArrayBytes({ name: 'x', count: 3 })).toBe(0);
  });
});

describe('typedArrayBytes over the map tables', () => {
  it('counts what deck.gl draws from, not the incident columns behind it', async () => {
    const { buildIncidentTable } = await import('../../src/data/tables/incident-table');
    const { toIncidentColumns } = await import('../../src/domain/incident-columns');
    const columns = toIncidentColumns([{ id: 'a-1', sources: [], confidence: 'high', date: '2016-01-02', month: '2016-01', coord: [19, 45], deadAndMissing: 2, survivors: 1 }]);
    const table = buildIncidentTable([], [columns]);
    const part = table.parts[0]!;
    const drawn = part.positions.byteLength + part.radii.byteLength + part.filterValues.byteLength + part.bins.positions.byteLength + part.bins.counts.byteLength + part.bins.months.byteLength + part.binsDrawn.radii.byteLength + part.binsDrawn.filterValues.byteLength + part.filter.classes.byteLength;
    expect(typedArrayBytes(table)).toBe(drawn);
  });
});
