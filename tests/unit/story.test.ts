/**
 * The built-in briefing "How the route shifted": its captions' figures equal the data, its sources
 * exist, and the committed file is what the build makes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDataset, SOURCE_FILES, type SourceTexts } from '../../src/data/build/build-dataset';
import { buildStory, placeholders, placeholderValue } from '../../src/data/build/build-story';
import { flowValueAt } from '../../src/domain/flows';
import { formatNumber } from '../../src/domain/format-number';
import { monthsBetween } from '../../src/domain/month';
import type { BuiltInStory } from '../../src/domain/storyboard';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(join(ROOT, 'data/sources', file), 'utf8');
const dataset = buildDataset(Object.fromEntries(Object.entries(SOURCE_FILES).map(([k, f]) => [k, read(f)])) as unknown as SourceTexts);
const template = read('derived/story-how-the-route-shifted.json');
const committed = JSON.parse(readFileSync(join(ROOT, 'public/data/stories/how-the-route-shifted.json'), 'utf8')) as BuiltInStory;
const templateViews = (JSON.parse(template) as { views: { caption: string; notes: string }[] }).views;

describe('the built-in briefing "How the route shifted"', () => {
  it('is what the build makes from its template and the data (run `npm run build:data` after a change)', () => {
    expect(committed).toEqual(buildStory(template, dataset));
  });

  it('has 10–14 views from summer 2015 on, each with sources that exist in the data', () => {
    expect(committed.views.length).toBeGreaterThanOrEqual(10);
    expect(committed.views.length).toBeLessThanOrEqual(14);
    expect(committed.views[0]?.month).toBe('2015-08');
    const keys = new Set(dataset.sources.map((s) => s.key));
    for (const view of committed.views) {
      expect(view.sources?.length, view.title).toBeGreaterThan(0);
      for (const key of view.sources ?? []) expect(keys.has(key), `${view.title}: ${key}`).toBe(true);
    }
  });

  it('says in each caption exactly the figures the data holds for the months it names', () => {
    let checked = 0;
    templateViews.forEach((view, i) => {
      for (const [seriesId, from, to] of placeholders(view.caption)) {
        const series = dataset.flows.find((f) => f.id === seriesId);
        expect(series, seriesId).toBeDefined();
        const expected = monthsBetween(from, to).reduce((sum, m) => sum + (flowValueAt(series!, m) ?? Number.NaN), 0);
        expect(Number.isFinite(expected), `${seriesId}@${from}`).toBe(true);
        expect(placeholderValue(dataset, seriesId, from, to)).toBe(expected);
        expect(committed.views[i]?.caption).toContain(formatNumber(expected));
        checked += 1;
      }
    });
    expect(checked).toBeGreaterThan(20);
  });

  it('has no figure in a caption that the data did not give (every number is a filled placeholder, a date or a sourced fact)', () => {
    // Numbers typed into the template (not placeholders) are listed here with their source.
    const typed = new Set(['19', '20', '22', '15', '16', '17', '130,000', '18', '21', '9', '2,500', '3,000', '12', '23,500', '85,000', '12,000', '14,000', '24', '26', '738', '2,350', '28', '75,000', '7,000', '14', '2015', '2016', '2017', '2018', '2020', '2021', '2022', '2023']);
    templateViews.forEach((view) => {
      const withoutPlaceholders = view.caption.replace(/\{\{[^}]+\}\}/g, '');
      for (const number of withoutPlaceholders.match(/\d+(?:,\d{3})*/g) ?? []) expect(typed.has(number), `"${number}" in "${view.caption.slice(0, 60)}…"`).toBe(true);
    });
  });

  it('refuses a placeholder the data cannot fill', () => {
    const bad = template.replace('frontex:western-balkan-route:land@2015-08', 'frontex:no-such-route@2015-08');
    expect(() => buildStory(bad, dataset)).toThrow(/no series 'frontex:no-such-route'/);
    const outside = template.replace('frontex:western-balkan-route:land@2015-08', 'frontex:western-balkan-route:land@2030-01');
    expect(() => buildStory(outside, dataset)).toThrow(/has no value for 2030-01/);
  });

  it('calls October 2015 the Western Balkan peak and October 2018 a month the Western Mediterranean sea flow leads, as the data says', () => {
    const wb = dataset.flows.find((f) => f.id === 'frontex:western-balkan-route:land')!;
    expect(Math.max(...wb.values.map((v) => v ?? 0))).toBe(flowValueAt(wb, '2015-10'));
    const routeFlows = dataset.segments.filter((s) => s.schematic);
    const at = (month: string) => routeFlows.map((s) => ({ id: s.corridorId, v: flowValueAt(dataset.flows.find((f) => f.id === s.volume?.seriesId)!, month) ?? 0 })).sort((a, b) => b.v - a.v);
    expect(at('2018-10')[0]?.id).toBe('FX-WMS');
    expect(at('2015-10').slice(0, 2).map((r) => r.id).sort()).toEqual(['FX-EMS', 'FX-WB']);
  });
});
