/**
 * The built-in demo's corridor names follow the interface language (issue 16): the catalogue area
 * `demoCorridors` has, per corridor id of public/data/demo.json, its name (English exactly the
 * data's, so a corridor renamed in the data fails here) and for the route-level flows a short map
 * label (English exactly what routeLabelName makes today). The store names the demo's corridors on
 * arrival and on each language change; ids, segments and figures stay the same objects, and user
 * datasets keep the names they were given.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoCorridors as english } from '../../src/domain/i18n/messages/en/demo-corridors';
import { demoCorridors as greek } from '../../src/domain/i18n/messages/el/demo-corridors';
import { demoCorridors as german } from '../../src/domain/i18n/messages/de/demo-corridors';
import { demoCorridors as serbianCyrillic } from '../../src/domain/i18n/messages/sr-Cyrl/demo-corridors';
import { setActiveLocale, type LocaleCode } from '../../src/domain/i18n';
import { routeLabelName } from '../../src/data/tables/route-flow-table';
import { nameDemoCorridors } from '../../src/data/demo-corridor-names';
import { prefixDatasetIds } from '../../src/data/combine-datasets';
import { createAppStore } from '../../src/state/store';
import type { Dataset } from '../../src/domain/types';
import type { LoadedDataset } from '../../src/domain/workspace';
import { DEMO_DATASET_ID } from '../../src/domain/workspace';
import { demoDataset } from '../fixtures/demo-fixture';

/** The data file as written (not through the app's loader). */
const raw = JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/demo.json'), 'utf8')) as { corridors: { id: string; name: string; schematic?: boolean }[] };
const catalogue: Record<string, string> = english;
const nameIds = Object.keys(english).filter((k) => k.startsWith('demoCorridors.name.')).map((k) => k.slice('demoCorridors.name.'.length));
const labelIds = Object.keys(english).filter((k) => k.startsWith('demoCorridors.label.')).map((k) => k.slice('demoCorridors.label.'.length));

afterEach(() => setActiveLocale('en'));

function userDataset(): Dataset {
  const demo = demoDataset();
  const flow = demo.corridors.find((c) => c.id === 'FX-BLACK')!;
  return {
    ...demo,
    name: 'Mine',
    // A user's corridors with the demo's ids and names (before prefixing): never renamed.
    corridors: [
      { ...demo.corridors.find((c) => c.id === 'A')!, name: 'My own corridor A' },
      { ...flow, name: 'Black Sea Route (route-level flow)' },
    ],
    segments: demo.segments.filter((s) => s.corridorId === 'A' || s.corridorId === 'FX-BLACK'),
  };
}
const user = (): LoadedDataset => ({ id: 'ds-1', name: 'Mine', sourceFiles: ['mine.json'], loadedAt: '2026-12-06T00:00:00Z', visible: true, dataset: prefixDatasetIds(userDataset(), 'ds-1') });

describe('the demoCorridors catalogue area', () => {
  it('names every corridor of demo.json exactly as the data does, and no other id', () => {
    expect(raw.corridors.length).toBe(28);
    for (const c of raw.corridors) expect(catalogue[`demoCorridors.name.${c.id}`], c.id).toBe(c.name);
    expect(nameIds.sort()).toEqual(raw.corridors.map((c) => c.id).sort());
  });

  it('gives each route-level flow its English map label as routeLabelName makes it', () => {
    const flows = raw.corridors.filter((c) => c.schematic);
    expect(flows.map((c) => c.id).sort()).toEqual([...labelIds].sort());
    for (const c of flows) expect(catalogue[`demoCorridors.label.${c.id}`], c.id).toBe(routeLabelName(c.name));
  });

  it('keeps figures and periods as written in each translation', () => {
    const figures = (text: string) => (text.match(/\d+/g) ?? []).join(' ');
    for (const [lang, area] of [['de', german], ['el', greek], ['sr-Cyrl', serbianCyrillic]] as const) {
      for (const id of nameIds) {
        const key = `demoCorridors.name.${id}` as keyof typeof english;
        expect(figures(area[key]), `${lang} ${id}`).toBe(figures(english[key]));
      }
    }
  });
});

describe('the demo in the store', () => {
  const demo = demoDataset();

  for (const [code, area] of [['de', german], ['el', greek], ['sr-Cyrl', serbianCyrillic]] as [LocaleCode, Record<string, string>][]) {
    it(`${code}: carries the catalogue names, the same ids, segments and figures`, async () => {
      const store = createAppStore();
      store.getState().setDataset(demo);
      await store.getState().setLanguage(code);
      const shown = store.getState().datasets.find((d) => d.id === DEMO_DATASET_ID)!.dataset;
      expect(shown.corridors.map((c) => c.id)).toEqual(demo.corridors.map((c) => c.id));
      for (const c of shown.corridors) expect(c.name, c.id).toBe(area[`demoCorridors.name.${c.id}`]);
      // Only the names: everything else is the data's own objects.
      expect(shown.segments).toBe(demo.segments);
      expect(shown.flows).toBe(demo.flows);
      expect(shown.incidents).toBe(demo.incidents);
      for (const [i, c] of shown.corridors.entries()) {
        const { name: _name, mapLabel: _label, ...rest } = c;
        const { name: _n, mapLabel: _l, ...was } = demo.corridors[i]!;
        expect(rest, c.id).toEqual(was);
      }
      // The combined data the panels read, too.
      expect(store.getState().unfiltered?.corridors.find((c) => c.id === 'A')?.name).toBe(area['demoCorridors.name.A']);
      // The data file's object is untouched: English again on switching back.
      expect(demo.corridors.find((c) => c.id === 'A')?.name).toBe(raw.corridors.find((c) => c.id === 'A')?.name);
      await store.getState().setLanguage('en');
      expect(store.getState().unfiltered?.corridors.map((c) => c.name)).toEqual(raw.corridors.map((c) => c.name));
    });
  }

  it('arrives named in the language already chosen', async () => {
    const store = createAppStore();
    await store.getState().setLanguage('de');
    store.getState().setDataset(demo);
    expect(store.getState().unfiltered?.corridors.find((c) => c.id === 'D2')?.name).toBe(german['demoCorridors.name.D2']);
  });

  it('keeps filters and the selection (ids) across a language switch, and rebuilds the route-flow labels', async () => {
    const store = createAppStore();
    store.getState().setDataset(demo);
    store.getState().setFilters({ corridors: ['C2', 'FX-WB'] });
    store.getState().select({ kind: 'segment', id: 'C2-1' });
    const tables = store.getState().tables;
    await store.getState().setLanguage('el');
    expect(store.getState().filters).toEqual({ corridors: ['C2', 'FX-WB'] });
    expect(store.getState().selected).toEqual({ kind: 'segment', id: 'C2-1' });
    expect(store.getState().dataset?.corridors.map((c) => [c.id, c.name])).toEqual([
      ['C2', greek['demoCorridors.name.C2']],
      ['FX-WB', greek['demoCorridors.name.FX-WB']],
    ]);
    expect(store.getState().tables).not.toBe(tables);
    expect(store.getState().tables?.segments.segments).toBe(tables?.segments.segments);
  });

  it('leaves a user dataset\'s names as given', async () => {
    const store = createAppStore();
    store.getState().setDataset(demo);
    const added = user();
    store.getState().addDataset(added);
    await store.getState().setLanguage('el');
    const mine = store.getState().datasets.find((d) => d.id === 'ds-1')!.dataset;
    expect(mine).toBe(added.dataset);
    expect(mine.corridors.map((c) => [c.id, c.name, c.mapLabel])).toEqual([
      ['ds-1/A', 'My own corridor A', undefined],
      ['ds-1/FX-BLACK', 'Black Sea Route (route-level flow)', undefined],
    ]);
    const combined = store.getState().unfiltered!;
    expect(combined.corridors.find((c) => c.id === 'ds-1/A')?.name).toBe('My own corridor A');
    expect(combined.corridors.find((c) => c.id === 'A')?.name).toBe(greek['demoCorridors.name.A']);
    // Its route-level flow keeps routeLabelName's label; the demo's own is Greek.
    const names = store.getState().tables!.routeFlows.labels.filter((l) => l.kind === 'name').map((l) => l.text);
    expect(names).toContain('Black Sea');
    expect(names).toContain(greek['demoCorridors.label.FX-BLACK']);
  });
});

describe('the route-flow labels of the demo', () => {
  it('are the Greek short labels in Greek, the English ones in English', async () => {
    const store = createAppStore();
    store.getState().setDataset(demoDataset());
    const labels = () => store.getState().tables!.routeFlows.labels.filter((l) => l.kind === 'name').map((l) => l.text);
    const english = labels();
    expect(english).toContain('Black Sea');
    expect(english).toContain('W. Balkans, land');
    await store.getState().setLanguage('el');
    const shown = labels();
    const expected = labelIds.map((id) => greek[`demoCorridors.label.${id}` as keyof typeof greek]);
    expect(shown.length).toBe(english.length);
    for (const text of shown) expect(expected, text).toContain(text);
    expect(shown).toContain('Μαύρη Θάλασσα');
    expect(shown.every((text) => !/[A-Za-z]/.test(text))).toBe(true);
  });

  it('nameDemoCorridors returns the same dataset when the names are already the language\'s', () => {
    const once = nameDemoCorridors(demoDataset(), 'en');
    expect(nameDemoCorridors(once, 'en')).toBe(once);
    expect(nameDemoCorridors(once, 'en').corridors.find((c) => c.id === 'FX-WA')?.mapLabel).toBe('W. Africa');
  });
});
