/**
 * A dataset using the fields added to format v1 in 2cc23eb ('restricted', day dates, endUnknown,
 * confidence and note on status periods, route context, irregular crossings, schematic legs, a
 * corridor's own reported figure, coordinate derivations) validates, and a project file keeps
 * every one of them: nothing is stripped on the way out or in.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCrossingTable, crossingStatusAt } from '../../src/data/tables/point-rows';
import { openProject, serializeProject } from '../../src/data/project/project-file';
import { validateDataset } from '../../src/data/validate-dataset';
import { combineDatasets, prefixDatasetIds } from '../../src/data/combine-datasets';
import { buildMapTables } from '../../src/data/tables';
import type { Workspace } from '../../src/domain/workspace';
import { newFieldsDataset } from '../fixtures/new-fields-dataset';

const SAVED_AT = '2026-12-04T09:00:00.000Z';

function workspace(): Workspace {
  return {
    datasets: [{ id: 'ds-7-1', name: 'Idomeni 2016', sourceFiles: ['idomeni.routeshift.json'], loadedAt: '2026-12-04T08:00:00.000Z', visible: true, dataset: newFieldsDataset() }],
    settings: { month: '2016-08', layers: { segments: true, crossings: true, hubs: true, safeHouses: false, incidents: true, labels: true, routeFlows: true, areas: true }, theme: 'projector', camera: null, demoVisible: false },
  };
}

describe('a dataset with the new fields', () => {
  it('validates, keeping every new field', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(newFieldsDataset())));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.dataset).toEqual(newFieldsDataset());
    const idomeni = result.dataset.crossings.find((c) => c.id === 'idomeni')!;
    expect(idomeni.coordDerivation).toMatch(/^Railway crossing point/);
    expect(idomeni.statusPeriods.map((p) => p.status)).toContain('restricted');
    expect(idomeni.statusPeriods[3]).toMatchObject({ endUnknown: true, confidence: 'low' });
    expect(idomeni.statusPeriods[2]).toMatchObject({ fromDate: '2016-03-09', toDate: '2016-05-26', note: expect.any(String) });
    const bySegment = new Map(result.dataset.segments.map((s) => [s.id, s]));
    expect(bySegment.get('E-1')?.context).toBe(true);
    expect(bySegment.get('N-1')).toMatchObject({ irregularCrossing: true, volume: { scope: 'corridor' } });
    expect(bySegment.get('E-S')?.schematic).toBe(true);
    expect(result.dataset.flows.find((f) => f.measure === 'reported')).toBeDefined();
    expect(result.dataset.hubs.find((h) => h.id === 'polykastro')?.coordDerivation).toMatch(/^Town centre/);
  });

  it('is refused with a bad day date or an unknown status, pointing at the field', () => {
    const bad = newFieldsDataset();
    bad.crossings[0]!.statusPeriods[2]!.fromDate = '9 March 2016';
    const result = validateDataset(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain('crossings[0].statusPeriods[2].fromDate');
    const unknown = JSON.parse(JSON.stringify(newFieldsDataset()));
    unknown.crossings[0].statusPeriods[0].status = 'half-open';
    expect(validateDataset(unknown).ok).toBe(false);
  });

  it('round-trips through a project file byte for byte', () => {
    const first = serializeProject(workspace(), SAVED_AT);
    const reopened = openProject(first, 'idomeni.routeshift.json');
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(reopened.notes).toEqual([]);
    expect(reopened.workspace).toEqual(workspace());
    expect(serializeProject(reopened.workspace, SAVED_AT)).toBe(first);
    for (const field of ['"restricted"', '"endUnknown": true', '"context": true', '"irregularCrossing": true', '"scope": "corridor"', '"measure": "reported"', '"coordDerivation"', '"fromDate": "2016-03-09"', '"schematic": true']) {
      expect(first).toContain(field);
    }
  });

  it('keeps the new fields when combined with another dataset under a prefix, and is drawn from them', () => {
    const prefixed = prefixDatasetIds(newFieldsDataset(), 'ds-7-1');
    const period = prefixed.crossings[0]!.statusPeriods[3]!;
    expect(period).toMatchObject({ endUnknown: true, sources: ['ds-7-1/UNHCR-GR'] });
    expect(prefixed.segments.find((s) => s.id === 'ds-7-1/N-1')).toMatchObject({ irregularCrossing: true, volume: { seriesId: 'ds-7-1/europol:idomeni-network', scope: 'corridor' } });
    const tables = buildMapTables(combineDatasets([prefixed, prefixDatasetIds(newFieldsDataset(), 'ds-8-1')]));
    expect([...tables.crossings.endUnknown]).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 1, 0]);
  });
});

describe('the frozen v1 project', () => {
  it('opens unchanged and draws its crossings as before: same statuses, none "end unknown"', () => {
    const text = readFileSync(resolve(process.cwd(), 'tests/fixtures/project/v1.routeshift.json'), 'utf8');
    const result = openProject(text, 'v1.routeshift.json');
    if (!result.ok) throw new Error(result.error.message);
    const crossings = result.workspace.datasets.flatMap((d) => d.dataset.crossings);
    const table = buildCrossingTable(crossings);
    const stored = crossings.flatMap((c) => c.statusPeriods.map((p) => p.status));
    expect(stored.length).toBeGreaterThan(0);
    expect(Array.from({ length: table.length }, (_, row) => crossingStatusAt(table, row))).toEqual(stored);
    expect(table.endUnknown.length).toBe(stored.length);
    expect([...table.endUnknown].every((v) => v === 0)).toBe(true);
    // The datasets come back byte for byte; the settings gain only the route-level flows layer
    // and areas layers (files written before them show them), which a v1 file could not name.
    const saved = JSON.parse(serializeProject(result.workspace, JSON.parse(text).savedAt));
    const original = JSON.parse(text);
    expect(saved.workspace.settings.layers.routeFlows).toBe(true);
    expect(saved.workspace.settings.layers.areas).toBe(true);
    delete saved.workspace.settings.layers.routeFlows;
    delete saved.workspace.settings.layers.areas;
    expect(saved).toEqual(original);
  });
});
