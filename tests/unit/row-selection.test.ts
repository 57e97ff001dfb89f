import { afterEach, describe, expect, it } from 'vitest';
import { applyFilters, type EntityFilters } from '../../src/domain/filters';
import { selectRows, selectionBuffers, type KnownClasses, type RowSelection } from '../../src/domain/row-selection';
import { buildMapTables, knownClasses } from '../../src/data/tables';
import { binDrawing } from '../../src/data/tables/incident-table';
import { allowedClasses } from '../../src/domain/filter-classes';
import { countsForClasses } from '../../src/domain/point-bins';
import { incidentAt } from '../../src/domain/incident-columns';
import { baseProfile, profilePasses } from '../../src/domain/filter-classes';
import { incidentCount, incidentsInMonths, findIncident } from '../../src/domain/dataset-incidents';
import { handleSelectionRequest, type SelectionWorkerState } from '../../src/data/selection/selection-handler';
import { createRowSelector, type RowSelector } from '../../src/data/selection/selection-client';
import type { SelectionReply, SelectionRequest } from '../../src/data/selection/selection-protocol';
import { setRowSelector } from '../../src/state/slices/data-slice';
import { createAppStore } from '../../src/state/store';
import type { Dataset } from '../../src/domain/types';
import { demoDataset } from '../fixtures/demo-fixture';
import { syntheticIncidentColumns } from '../fixtures/incident-fixture';

const demo = demoDataset();

const columnsOf = (n: number) => syntheticIncidentColumns(n, ['IOM-MMP', 'UNHCR']);

const withColumns: Dataset = { ...demo, incidentParts: [columnsOf(300), columnsOf(0), columnsOf(70)] };
const tables = buildMapTables(withColumns);
const known = knownClasses(tables, withColumns);

const FILTERS: EntityFilters[] = [
  { corridors: ['E1'] },
  { countries: ['SI'] },
  { countries: ['HU', 'RS'], confidence: ['high'] },
  { sources: ['IOM-MMP'] },
  { confidence: ['low', 'medium'] },
];
const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('rows selected from the filter classes', () => {
  it.each(FILTERS)('are the entities the filters keep, tested one by one: %j', (f) => {
    const bySelection = applyFilters(withColumns, f, known, selectRows(known, f));
    const oneByOne = applyFilters(withColumns, f);
    for (const list of ['segments', 'hubs', 'crossings', 'safeHouses', 'incidents'] as const) expect(ids(bySelection[list])).toEqual(ids(oneByOne[list]));
    expect(incidentCount(bySelection)).toBe(incidentCount(oneByOne));
    expect(ids(incidentsInMonths(bySelection, 0, 1e6))).toEqual(ids(incidentsInMonths(oneByOne, 0, 1e6)));
    expect(bySelection.incidentRows).toHaveLength(3);
  });

  it('mark the rows of each column part the filters keep, and count them', () => {
    const f: EntityFilters = { sources: ['IOM-MMP'], confidence: ['high', 'low'] };
    const selection = selectRows(known, f);
    const part = withColumns.incidentParts![0]!;
    const rows = selection.incidentParts[0]!;
    const test = (row: number) => profilePasses(baseProfile(incidentAt(part, row)), f);
    const expected = Array.from({ length: part.length }, (_, i) => (test(i) ? 1 : 0));
    expect(Array.from(rows.mask!)).toEqual(expected);
    expect(rows.kept).toBe(expected.filter(Boolean).length);
    expect(rows.kept).toBeGreaterThan(0);
    expect(rows.kept).toBeLessThan(part.length);
    // the empty part has no table and so no classes: nothing to select
    expect(selection.incidentParts[1]).toBeUndefined();
    const d = applyFilters(withColumns, f, known, selection);
    expect(findIncident(d, 'x-1')).toBeUndefined(); // medium
    expect(findIncident(d, 'x-0')?.id).toBe('x-0');
  });

  it('come with the column parts\' bins counted again under the filters', () => {
    const f: EntityFilters = { confidence: ['medium'] };
    const part = tables.incidents.parts.find((p) => p.columns === withColumns.incidentParts![0])!;
    const counts = selectRows(known, f).incidentParts[0]!.binCounts!;
    expect(Array.from(counts)).toEqual(Array.from(countsForClasses(part.bins, allowedClasses(part.filter.profiles, f))!));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(selectRows(known, f).incidentParts[0]!.kept);
  });

  it('keep every row (null) of a list the filters do not touch', () => {
    const selection = selectRows(known, { modes: ['boat'] });
    expect(selection.lists.hubs).toBeNull();
    expect(selection.incidentParts[0]).toEqual({ mask: null, kept: 300 });
    expect(selection.lists.segments?.length).toBeLessThan(withColumns.segments.length);
  });

  it('hand over their buffers to transfer', () => {
    const selection = selectRows(known, { confidence: ['high'] });
    const buffers = selectionBuffers(selection);
    expect(buffers.length).toBeGreaterThan(0);
    expect(buffers).toContain(selection.incidentParts[0]!.mask!.buffer);
  });
});

describe('the selection worker', () => {
  it('selects from the classes it was sent, and refuses stale data', () => {
    const state: SelectionWorkerState = { key: -1, known: null };
    const f: EntityFilters = { countries: ['SI'] };
    expect(handleSelectionRequest(state, { type: 'select', id: 1, key: 1, filters: f })?.reply.type).toBe('failed');
    expect(handleSelectionRequest(state, { type: 'classes', key: 1, known })).toBeNull();
    const answer = handleSelectionRequest(state, { type: 'select', id: 2, key: 1, filters: f });
    expect(answer?.reply).toEqual({ type: 'selected', id: 2, selection: selectRows(known, f) });
    expect(handleSelectionRequest(state, { type: 'select', id: 3, key: 2, filters: f })?.reply.type).toBe('failed');
  });
});

/** A worker in the same thread: messages are copied as postMessage would, and answered later. */
function fakeWorker(log: SelectionRequest[]) {
  const state: SelectionWorkerState = { key: -1, known: null };
  const worker = {
    onmessage: null as ((e: MessageEvent<SelectionReply>) => void) | null,
    onerror: null as (() => void) | null,
    postMessage(request: SelectionRequest) {
      const copy = structuredClone(request);
      log.push(copy);
      setTimeout(() => {
        const answer = handleSelectionRequest(state, copy);
        if (answer) worker.onmessage?.({ data: structuredClone(answer.reply) } as MessageEvent<SelectionReply>);
      }, 0);
    },
    terminate() {},
  };
  return worker;
}

describe('the row selector', () => {
  it('sends the classes once per data and counts the answers from the worker', async () => {
    const log: SelectionRequest[] = [];
    const selector = createRowSelector(() => fakeWorker(log) as unknown as Worker);
    const a = await selector.select(tables, known, { countries: ['SI'] });
    const b = await selector.select(tables, known, { corridors: ['E1'] });
    expect(a).toEqual(selectRows(known, { countries: ['SI'] }));
    expect(b).toEqual(selectRows(known, { corridors: ['E1'] }));
    expect(log.map((m) => m.type)).toEqual(['classes', 'select', 'select']);
    await selector.select({}, known, { corridors: ['E1'] });
    expect(log.filter((m) => m.type === 'classes')).toHaveLength(2);
    expect(selector.answeredOffThread).toBe(3);
  });

  it('selects on the spot where no worker can be made, or when it fails', async () => {
    const noWorker = createRowSelector(() => {
      throw new Error('no workers here');
    });
    expect(await noWorker.select(tables, known, { confidence: ['high'] })).toEqual(selectRows(known, { confidence: ['high'] }));
    expect(noWorker.answeredOffThread).toBe(0);
    const broken = { onmessage: null, onerror: null as (() => void) | null, postMessage() {}, terminate() {} };
    const failing = createRowSelector(() => broken as unknown as Worker);
    const answer = failing.select(tables, known, { sources: ['IOM-MMP'] });
    broken.onerror?.();
    expect(await answer).toEqual(selectRows(known, { sources: ['IOM-MMP'] }));
  });
});

describe('a filter change in the store', () => {
  afterEach(() => setRowSelector(undefined));

  it('shows on the map at once and in the lists when the selection arrives; a late answer is dropped', async () => {
    const answers: { filters: EntityFilters; release: () => void }[] = [];
    const held: RowSelector = {
      answeredOffThread: 0,
      select: (_data: object, k: KnownClasses, filters: EntityFilters) =>
        new Promise<RowSelection>((resolve) => answers.push({ filters, release: () => resolve(selectRows(k, filters)) })),
    };
    setRowSelector(held);
    const store = createAppStore();
    store.getState().setDataset(demo);
    const { tables: before, dataset: unfilteredLists } = store.getState();
    store.getState().setFilters({ countries: ['SI'] });
    expect(store.getState().filtering).toBe(true);
    expect(store.getState().filters).toEqual({ countries: ['SI'] });
    expect(store.getState().tables).toBe(before);
    expect(store.getState().dataset).toBe(unfilteredLists);
    store.getState().setFilters({ corridors: ['E1'] });
    answers[1]!.release();
    await Promise.resolve();
    await Promise.resolve();
    const expected = ids(applyFilters(demo, { corridors: ['E1'] }).segments);
    expect(ids(store.getState().dataset!.segments)).toEqual(expected);
    expect(store.getState().filtering).toBe(false);
    answers[0]!.release();
    await new Promise((r) => setTimeout(r, 0));
    expect(ids(store.getState().dataset!.segments)).toEqual(expected);
    // Clearing the filters needs no selection.
    store.getState().setFilters({});
    expect(store.getState().dataset).toBe(store.getState().unfiltered);
    expect(answers).toHaveLength(2);
  });

  it('keeps the zoomed-out bins as drawn until the worker\'s counts arrive', async () => {
    const answers: (() => void)[] = [];
    setRowSelector({
      answeredOffThread: 0,
      select: (_data: object, k: KnownClasses, filters: EntityFilters) => new Promise<RowSelection>((resolve) => answers.push(() => resolve(selectRows(k, filters)))),
    });
    const store = createAppStore();
    store.getState().setDataset({ ...demo, incidentParts: [columnsOf(400)] });
    const part = store.getState().tables!.incidents.parts.at(-1)!;
    const f: EntityFilters = { confidence: ['low'] };
    const allowed = allowedClasses(part.filter.profiles, f);
    expect(binDrawing(part, allowedClasses(part.filter.profiles, {}))).toBe(part.binsDrawn);
    store.getState().setFilters(f);
    expect(binDrawing(part, allowed)).toBe(part.binsDrawn);
    answers[0]!();
    await new Promise((r) => setTimeout(r, 0));
    const drawn = binDrawing(part, allowed);
    expect(drawn).not.toBe(part.binsDrawn);
    const counts = countsForClasses(part.bins, allowed)!;
    for (let b = 0; b < part.bins.length; b++) expect(drawn.filterValues[b * 2]! < 0).toBe(!counts[b]);
    expect(counts.some((c) => c === 0)).toBe(true);
  });
});
