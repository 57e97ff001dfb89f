import { describe, expect, it } from 'vitest';
import { incidentAt, toIncidentColumns, type IncidentColumns } from '../../src/domain/incident-columns';
import { binPoints } from '../../src/domain/point-bins';
import { incidentDrawing } from '../../src/data/tables/incident-table';
import { BULK_KEYS } from '../../src/data/import/import-protocol';
import { copyTypedArrays, parsedShell, transferList } from '../../src/data/import/transfer';
import type { Dataset, Hub, Incident } from '../../src/domain/types';
import type { LoadedDataset } from '../../src/domain/workspace';

function incident(i: number): Incident {
  return {
    id: `ds-1/p${i}`,
    sources: ['ds-1/file:points.csv'],
    confidence: 'medium',
    date: `2016-0${(i % 9) + 1}-1${i % 10}`,
    month: `2016-0${(i % 9) + 1}`,
    coord: [15 + i / 100, 44 - i / 100],
    deadAndMissing: i % 4 === 0 ? null : i,
    survivors: null,
    ...(i % 3 === 0 ? { notes: `note ${i}` } : {}),
  };
}

/** Columns as the worker makes them: with bins and drawing attributes. */
function columnsOf(incidents: Incident[]): IncidentColumns {
  const columns = toIncidentColumns(incidents);
  columns.bins = binPoints(columns.positions, columns.months, columns.length);
  columns.drawing = incidentDrawing(columns);
  return columns;
}

function loadedOf(parts: IncidentColumns[], hubs: Hub[] = []): LoadedDataset {
  const dataset: Dataset = {
    format: 'routeshift-dataset', version: 1, name: 'points.csv', dataDate: '2025-01-01', months: { from: '2016-01', to: '2016-09' },
    sources: [{ key: 'ds-1/file:points.csv', title: 'User file points.csv', date: '2025-01-01', licence: 'User data' }],
    corridors: [], segments: [], crossings: [], hubs, safeHouses: [], events: [], flows: [], prices: [], incidents: [], incidentParts: parts,
  };
  return { id: 'ds-1', name: 'points.csv', sourceFiles: ['points.csv'], loadedAt: '2025-01-01T00:00:00Z', visible: true, dataset };
}

const rows = (columns: IncidentColumns) => Array.from({ length: columns.length }, (_, i) => incidentAt(columns, i));

describe('transferList', () => {
  it('lists the buffer of every typed array of the columns, bins and drawing included', () => {
    const columns = columnsOf(Array.from({ length: 50 }, (_, i) => incident(i)));
    const buffers = transferList([columns]);
    const expected = [
      columns.positions, columns.months, columns.deadAndMissing, columns.survivors, columns.confidence, columns.illustrative,
      columns.bins?.positions, columns.bins?.counts, columns.bins?.months, columns.drawing?.radii, columns.drawing?.filterValues,
    ].map((a) => a?.buffer);
    for (const buffer of expected) expect(buffers).toContain(buffer);
    let encoded = 0;
    for (const column of [columns.ids, columns.dates, columns.sources]) {
      if (column.kind === 'dict') expect(buffers).toContain(column.codes.buffer);
      if (column.kind === 'numbered') expect(buffers).toContain(column.numbers.buffer);
      if (column.kind === 'dict' || column.kind === 'numbered') encoded += 1;
    }
    expect(encoded).toBeGreaterThan(0);
    expect(new Set(buffers).size).toBe(buffers.length);
  });

  it('lists a buffer shared by several views once (postMessage refuses duplicates)', () => {
    const buffer = new ArrayBuffer(64);
    const value = { a: new Float32Array(buffer, 0, 4), b: new Uint8Array(buffer, 16), list: [new DataView(buffer), { deep: new Float64Array(buffer, 32, 2) }], c: new Uint16Array(3) };
    const buffers = transferList(value);
    expect(buffers).toHaveLength(2);
    expect(buffers).toContain(buffer);
    expect(buffers).toContain(value.c.buffer);
    expect(() => structuredClone(value, { transfer: buffers })).not.toThrow();
  });

  it('finds nothing in plain data', () => {
    expect(transferList(undefined)).toEqual([]);
    expect(transferList({ a: [1, 'x', null, { b: 2 }] })).toEqual([]);
  });
});

describe('copyTypedArrays', () => {
  it('copies every typed array into a fresh buffer, views of one buffer into one copy, and shares the rest', () => {
    const buffer = new ArrayBuffer(32);
    const strings = ['a', 'b'];
    const value = { a: new Float32Array(buffer, 0, 2), b: new Uint8Array(buffer, 8, 4), nested: [{ c: new Float64Array([1, 2]) }], strings, n: 3 };
    value.a.set([1.5, 2.5]);
    value.b.set([1, 2, 3, 4]);
    const copy = copyTypedArrays(value);
    expect(copy.a.buffer).not.toBe(buffer);
    expect(copy.a.buffer).toBe(copy.b.buffer);
    expect(Array.from(copy.a)).toEqual([1.5, 2.5]);
    expect(Array.from(copy.b)).toEqual([1, 2, 3, 4]);
    expect(copy.b.byteOffset).toBe(8);
    expect(Array.from(copy.nested[0]?.c ?? [])).toEqual([1, 2]);
    expect(copy.nested[0]?.c).not.toBe(value.nested[0]?.c);
    expect(copy.strings).toBe(strings);
    expect(copy.n).toBe(3);
    structuredClone(value, { transfer: transferList(value) });
    expect(value.a.length).toBe(0);
    expect(Array.from(copy.a)).toEqual([1.5, 2.5]);
  });
});

describe('parsedShell', () => {
  it('empties the bulk lists of the message and keeps them in what the worker persists', () => {
    const hubs: Hub[] = [{ id: 'ds-1/h1', sources: [], confidence: 'high', name: 'Hub', kind: 'hub', countries: ['RS'], coord: [20, 44], coordStatus: 'confirmed' }];
    const loaded = loadedOf([], hubs);
    const { shell, transfer, kept } = parsedShell(loaded);
    for (const key of BULK_KEYS) expect(shell.dataset[key]).toEqual([]);
    expect(transfer).toEqual([]);
    expect(kept).toBe(loaded);
    expect(kept.dataset.hubs).toEqual(hubs);
  });

  it('transfers the columns to the main thread intact, and the copy the worker keeps stays intact once they are detached', () => {
    const incidents = Array.from({ length: 300 }, (_, i) => incident(i));
    const columns = columnsOf(incidents);
    const loaded = loadedOf([columns]);
    const before = rows(columns);
    const { shell, transfer, kept } = parsedShell(loaded);
    expect(transfer.length).toBeGreaterThan(5);

    // What postMessage(message, transfer) does: the receiver gets the same buffers, the sender's are detached.
    const received = structuredClone(shell, { transfer });
    expect(columns.positions.byteLength).toBe(0);
    expect(transfer.every((b) => b.byteLength === 0)).toBe(true);

    const got = received.dataset.incidentParts?.[0];
    const mine = kept.dataset.incidentParts?.[0];
    if (!got || !mine) throw new Error('columns missing');
    expect(rows(got)).toEqual(before);
    expect(rows(mine)).toEqual(before);
    expect(mine.bins?.counts.length).toBe(got.bins?.counts.length);
    expect(Array.from(mine.drawing?.radii ?? [])).toEqual(Array.from(got.drawing?.radii ?? []));
    // The kept copy owns none of the transferred buffers.
    expect(transferList(kept).some((b) => transfer.includes(b))).toBe(false);
    expect(kept.dataset.sources).toEqual(loaded.dataset.sources);
  });
});
