import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  encodeStrings,
  distinctStrings,
  findIncidentRow,
  incidentAt,
  prefixIncidentColumns,
  selectIncidentRows,
  stringAt,
  toIncidentColumns,
} from '../../src/domain/incident-columns';
import { allIncidents, findIncident, incidentCount, incidentsInMonths, incidentSourceKeys } from '../../src/domain/dataset-incidents';
import { buildIncidentTable, incidentAtRow, incidentCoord } from '../../src/data/tables/incident-table';
import { applyFilters } from '../../src/domain/filters';
import { combineDatasets, prefixDatasetIds } from '../../src/data/combine-datasets';
import { serializeProject } from '../../src/data/project/project-file';
import { buildMapTables } from '../../src/data/tables';
import { pickedEntity } from '../../src/map/layers/pick';
import { monthIndex } from '../../src/domain/month';
import type { Dataset, Incident } from '../../src/domain/types';

function incident(i: number, extra: Partial<Incident> = {}): Incident {
  return {
    id: `row-${i + 1}`,
    sources: i % 2 ? ['IOM'] : ['IOM', 'R7'],
    confidence: i % 3 === 0 ? 'high' : 'medium',
    date: `2016-0${(i % 9) + 1}-1${i % 10}`,
    month: `2016-0${(i % 9) + 1}`,
    coord: [15 + i / 100, 44 - i / 100],
    deadAndMissing: i % 4 === 0 ? null : i,
    survivors: i % 5 === 0 ? null : 2 * i,
    ...extra,
  };
}

function dataset(incidents: Incident[], parts?: Dataset['incidentParts']): Dataset {
  return {
    format: 'routeshift-dataset', version: 1, name: 't', dataDate: '2025-01-01', months: { from: '2016-01', to: '2016-12' },
    sources: [], corridors: [], segments: [], crossings: [], hubs: [], safeHouses: [], events: [], flows: [], prices: [],
    incidents, ...(parts ? { incidentParts: parts } : {}),
  };
}

describe('incident columns', () => {
  it('give back every incident exactly as it was stored', () => {
    const list = Array.from({ length: 40 }, (_, i) => incident(i, i === 3 ? { cause: 'Drowning', location: 'Off Lesbos', illustrative: true, notes: 'n' } : {}));
    const columns = toIncidentColumns(list);
    expect(columns.length).toBe(40);
    list.forEach((x, i) => expect(incidentAt(columns, i)).toEqual(x));
  });

  it('round-trip any strings in the most compact column that holds them', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string(), { nil: null }), { maxLength: 60 }), (values) => {
        const column = encodeStrings(values);
        values.forEach((v, i) => expect(stringAt(column, i)).toBe(v));
      }),
    );
    expect(encodeStrings(['a7', 'a8', 'a12']).kind).toBe('numbered');
    expect(encodeStrings(['a07', 'a8']).kind).toBe('dict');
    expect(encodeStrings(['p0', 'p1', 'p10']).kind).toBe('numbered');
    // a value repeated on every row (one source key that ends in a digit) is a dictionary of one
    const repeated = encodeStrings(Array.from({ length: 5000 }, () => 'ds-1:R16'));
    expect(repeated.kind).toBe('dict');
    expect(distinctStrings(repeated)).toEqual(['ds-1:R16']);
    expect(stringAt(encodeStrings(['p0', 'p1']), 0)).toBe('p0');
    expect(encodeStrings(['x', 'y', 'x']).kind).toBe('dict');
    expect(encodeStrings(Array.from({ length: 3000 }, (_, i) => `free text ${i} end`)).kind).toBe('plain');
  });

  it('keep repeated values in a dictionary even when the first thousands of rows are all different', () => {
    // Days in random order: the first 2,000 rows hold ~1,500 distinct days, the whole column ~3,400.
    let seed = 7;
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const pad = (n: number) => String(n).padStart(2, '0');
    const dates = Array.from({ length: 100_000 }, () => `${2015 + Math.floor(random() * 10)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`);
    const column = encodeStrings(dates);
    expect(column.kind).toBe('dict');
    if (column.kind === 'dict') expect(column.codes).toBeInstanceOf(Uint16Array);
    for (const i of [0, 1, 999, 54_321, 99_999]) expect(stringAt(column, i)).toBe(dates[i]);
    // Mostly distinct over the whole column, though repeated at first: no dictionary.
    const mostlyDistinct = [...Array.from({ length: 1500 }, (_, i) => `v${i % 700}`), ...Array.from({ length: 6000 }, (_, i) => `w${i}`)];
    expect(encodeStrings(mostlyDistinct).kind).toBe('plain');
  });

  it('keep only the rows a filter allows, and find rows by id', () => {
    const columns = toIncidentColumns(Array.from({ length: 30 }, (_, i) => incident(i)));
    const kept = selectIncidentRows(columns, (row) => {
      const x = incidentAt(columns, row);
      return x.confidence === 'high' && x.sources.includes('R7');
    });
    const expected = Array.from({ length: 30 }, (_, i) => incident(i)).filter((x) => x.confidence === 'high' && x.sources.includes('R7'));
    expect(Array.from({ length: kept.length }, (_, i) => incidentAt(kept, i))).toEqual(expected);
    expect(findIncidentRow(columns, 'row-17')).toBe(16);
    expect(findIncidentRow(columns, 'row-99')).toBe(-1);
    const prefixed = prefixIncidentColumns(columns, (id) => `ds1/${id}`);
    expect(incidentAt(prefixed, 1)).toMatchObject({ id: 'ds1/row-2', sources: ['ds1/IOM'] });
  });
});

describe('datasets with columnar incidents', () => {
  const objects = [incident(100, { id: 'demo-a' }), incident(101, { id: 'demo-b' })];
  const parts = [toIncidentColumns(Array.from({ length: 20 }, (_, i) => incident(i)))];
  const d = dataset(objects, parts);

  it('count, find, list by month and cite sources across objects and columns', () => {
    expect(incidentCount(d)).toBe(22);
    expect(findIncident(d, 'row-5')).toEqual(incident(4));
    expect(findIncident(d, 'demo-b')?.id).toBe('demo-b');
    const march = monthIndex('2016-03');
    expect(incidentsInMonths(d, march, march).map((x) => x.id).sort()).toEqual(
      [...objects, ...Array.from({ length: 20 }, (_, i) => incident(i))].filter((x) => x.month === '2016-03').map((x) => x.id).sort(),
    );
    expect([...incidentSourceKeys(d)].sort()).toEqual(['IOM', 'R7']);
  });

  it('draw objects and columns as binary tables whose rows lead back to the incidents', () => {
    const table = buildIncidentTable(d.incidents, d.incidentParts);
    expect(table.length).toBe(22);
    expect(table.parts.map((p) => p.filterValues.length)).toEqual([4, 40]);
    expect(incidentAtRow(table, 0, 0)?.id).toBe('demo-a');
    expect(incidentAtRow(table, 1, 0)).toEqual(incident(0));
    expect(incidentAtRow(table, 1, 19)).toEqual(incident(19));
    expect(incidentAtRow(table, 1, 20)).toBeNull();
    expect(incidentCoord(table, 'row-3')).toEqual(incident(2).coord);
    // deck.gl draws imported columns from their own positions: no copy, and the table is built once.
    expect(table.parts[1]?.positions).toBe(parts[0]?.positions);
    expect(buildIncidentTable([], parts).parts[0]).toBe(table.parts[1]);
  });

  it('lead a picked row of any part back to its incident', () => {
    const tables = buildMapTables(d);
    expect(pickedEntity(tables, 'incidents', 1, null)?.ref).toEqual({ kind: 'incident', id: 'demo-b' });
    expect(pickedEntity(tables, 'incidents#1', 3, null)?.ref).toEqual({ kind: 'incident', id: 'row-4' });
  });

  it('are filtered, combined, prefixed and saved as ordinary incidents', () => {
    const filtered = applyFilters(d, { confidence: ['medium'] });
    expect(incidentCount(filtered)).toBe(allIncidents(d).filter((x) => x.confidence === 'medium').length);
    const user = prefixDatasetIds(dataset([], parts), 'ds-1');
    const combined = combineDatasets([dataset(objects), user]);
    expect(incidentCount(combined)).toBe(22);
    expect(findIncident(combined, 'ds-1/row-1')?.sources).toEqual(['ds-1/IOM', 'ds-1/R7']);
    const text = serializeProject(
      { datasets: [{ id: 'ds-1', name: 'n', sourceFiles: ['f.csv'], loadedAt: '2026-01-01T00:00:00.000Z', visible: true, dataset: user }], settings: { month: '2016-01', layers: { segments: true, crossings: true, hubs: true, safeHouses: true, incidents: true, labels: true, routeFlows: true, areas: true }, theme: 'light', camera: null, demoVisible: true } },
      '2026-01-02T00:00:00.000Z',
    );
    const saved = JSON.parse(text) as { workspace: { datasets: { dataset: Dataset }[] } };
    const savedDataset = saved.workspace.datasets[0]?.dataset;
    expect(savedDataset?.incidentParts).toBeUndefined();
    expect(savedDataset?.incidents).toHaveLength(20);
    expect(savedDataset?.incidents[4]).toEqual(incidentAt(user.incidentParts?.[0] ?? parts[0]!, 4));
  });
});
