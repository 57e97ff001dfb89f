import { describe, expect, it } from 'vitest';
import { legendEntries } from '../../src/features/media-export/legend-content';
import { layoutOverlay, MIN_FONT_PX, wrapText, type Box, type Measure, type OverlayContent, type OverlayLayout } from '../../src/features/media-export/overlay-layout';
import { basemapCredit, describeSource, formatSourceDate, sourceLine, sourceLineFor } from '../../src/features/media-export/source-line';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import { demoDataset } from '../fixtures/demo-fixture';

/** A monospaced stand-in for canvas text metrics: 0.55 em per character (bold 0.6). */
const measure: Measure = (text, px, bold) => text.length * px * (bold ? 0.6 : 0.55);

const CONTENT: OverlayContent = {
  title: 'Balkan route at its peak',
  period: 'October 2015',
  caption: 'Hungary closed its border with Serbia on 15 September; the route turned west through Croatia and Slovenia within days.',
  sources: 'Data: Frontex (3 Jun 2025) · IOM (CC BY 4.0) · UNHCR (CC BY 4.0) · 12 further reports · Basemap: Natural Earth',
  marking: 'Official — sensitive',
  legend: legendEntries(demoDataset(), DEFAULT_LAYERS, 221_000),
};

const SIZES: [number, number][] = [
  [1280, 720],
  [1920, 1080],
  [2560, 1440],
  [3840, 2160],
  [640, 360],
  [1366, 768],
];

function boxes(layout: OverlayLayout): [string, Box][] {
  const list: [string, Box | undefined][] = [
    ['markingTop', layout.markingTop?.box],
    ['header', layout.header.box],
    ['legend', layout.legend?.box],
    ['footer', layout.footer?.box],
    ['markingBottom', layout.markingBottom?.box],
  ];
  return list.filter((e): e is [string, Box] => e[1] !== undefined);
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;

describe('layoutOverlay', () => {
  it.each(SIZES)('at %ix%i every block lies inside the picture and no two blocks overlap', (w, h) => {
    const layout = layoutOverlay(w, h, CONTENT, measure);
    const frame = { x: 0, y: 0, width: w, height: h };
    const all = boxes(layout);
    for (const [name, box] of all) expect(inside(box, frame), `${name} ${JSON.stringify(box)}`).toBe(true);
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) expect(overlaps(all[i]![1], all[j]![1]), `${all[i]![0]} overlaps ${all[j]![0]}`).toBe(false);
  });

  it.each(SIZES)('at %ix%i every line of text fits inside its block and is at least the minimum size', (w, h) => {
    const layout = layoutOverlay(w, h, CONTENT, measure);
    const blocks = [layout.markingTop, layout.markingBottom, layout.header, layout.footer].filter((b) => b !== null);
    for (const block of blocks)
      for (const line of block.lines) {
        const width = measure(line.text, line.fontPx, line.bold);
        const left = line.align === 'center' ? line.x - width / 2 : line.x;
        expect(left).toBeGreaterThanOrEqual(block.box.x);
        expect(left + width).toBeLessThanOrEqual(block.box.x + block.box.width + 0.5);
        expect(line.y + line.fontPx).toBeLessThanOrEqual(block.box.y + block.box.height);
        expect(line.fontPx).toBeGreaterThanOrEqual(MIN_FONT_PX);
      }
    for (const item of layout.legend?.items ?? []) for (const line of item.lines) expect(line.x + measure(line.text, line.fontPx, false)).toBeLessThanOrEqual(layout.legend!.box.x + layout.legend!.box.width);
  });

  it.each(SIZES)('at %ix%i a legend too long for the picture stops above the footer and counts what it left out', (w, h) => {
    const long = { ...CONTENT, legend: Array.from({ length: 60 }, (_, i) => ({ mark: { kind: 'line' as const, style: 'solid' as const }, label: `Entry ${i} with a label long enough to wrap onto a second line` })) };
    const layout = layoutOverlay(w, h, long, measure);
    if (!layout.legend) return expect(w).toBeLessThan(960);
    expect(layout.legend.omitted).toBeGreaterThan(0);
    expect(layout.legend.items.length + layout.legend.omitted).toBe(60);
    expect(layout.legend.box.y + layout.legend.box.height).toBeLessThanOrEqual(layout.footer!.box.y);
  });

  it('puts the marking at the very top and the very bottom, upper case, centred', () => {
    const layout = layoutOverlay(1920, 1080, CONTENT, measure);
    expect(layout.markingTop?.box.y).toBe(0);
    expect((layout.markingBottom?.box.y ?? 0) + (layout.markingBottom?.box.height ?? 0)).toBe(1080);
    expect(layout.markingTop?.lines[0]).toMatchObject({ text: 'OFFICIAL — SENSITIVE', align: 'center', x: 960 });
    expect(layout.markingBottom?.lines[0]?.text).toBe('OFFICIAL — SENSITIVE');
  });

  it('has no marking bands when the marking is empty, and the header moves up', () => {
    const marked = layoutOverlay(1920, 1080, CONTENT, measure);
    const plain = layoutOverlay(1920, 1080, { ...CONTENT, marking: ' ' }, measure);
    expect(plain.markingTop).toBeNull();
    expect(plain.markingBottom).toBeNull();
    expect(plain.header.box.y).toBeLessThan(marked.header.box.y);
  });

  it('title, month, caption and sources are all on the picture', () => {
    const layout = layoutOverlay(1920, 1080, CONTENT, measure);
    expect(layout.header.lines.map((l) => l.text).join(' ')).toBe('Balkan route at its peak October 2015');
    const footer = layout.footer?.lines.map((l) => l.text).join(' ') ?? '';
    expect(footer).toBe(`${CONTENT.caption} ${CONTENT.sources}`);
    expect(layout.header.lines[0]?.bold).toBe(true);
  });

  it('text scales with the picture: 4K text is twice the Full HD size', () => {
    const hd = layoutOverlay(1920, 1080, CONTENT, measure);
    const uhd = layoutOverlay(3840, 2160, CONTENT, measure);
    expect(uhd.header.lines[0]!.fontPx).toBe(2 * hd.header.lines[0]!.fontPx);
  });

  it('draws the legend at sizes where it is legible and leaves it out of small frames', () => {
    const big = layoutOverlay(1920, 1080, CONTENT, measure);
    expect(big.legend?.items.length).toBeGreaterThan(5);
    expect(big.legend!.items.length + big.legend!.omitted).toBe(CONTENT.legend.length);
    expect(layoutOverlay(640, 360, CONTENT, measure).legend).toBeNull();
    expect(layoutOverlay(1920, 1080, { ...CONTENT, legend: [] }, measure).legend).toBeNull();
  });

  it('leaves out the footer when there is neither caption nor sources', () => {
    expect(layoutOverlay(1280, 720, { ...CONTENT, caption: '', sources: '' }, measure).footer).toBeNull();
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width and cuts a word longer than a line', () => {
    expect(wrapText('aaa bbb ccc', 7 * 10 * 0.55, 10, false, measure)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('abcdefghij', 4 * 10 * 0.55, 10, false, measure)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('one\ntwo', 1000, 10, false, measure)).toEqual(['one', 'two']);
  });
});

describe('legend entries', () => {
  it('lists corridor colours, line meanings and symbols of the visible layers only', () => {
    const all = legendEntries(demoDataset(), DEFAULT_LAYERS, 1000).map((e) => e.label);
    expect(all).toContain('Land leg');
    expect(all).toContain('Sea leg');
    expect(all.some((l) => l.startsWith('Width: Frontex detections'))).toBe(true);
    expect(all).toContain('Crossing: closed for transit');
    expect(all).toContain('Crossing: restricted (only some pass)');
    expect(all).toContain('Crossing: status unknown');
    expect(all.find((l) => l.startsWith('Width:'))).toMatch(/no width: route context/);
    const noSegments = legendEntries(demoDataset(), { ...DEFAULT_LAYERS, segments: false }, 1000).map((e) => e.label);
    expect(noSegments).not.toContain('Land leg');
    expect(noSegments).toContain('Crossing: closed for transit');
  });

  it('lists only the corridors on the map when told which are shown', () => {
    const dataset = demoDataset();
    const first = dataset.corridors[0]!;
    const swatches = legendEntries(dataset, DEFAULT_LAYERS, 1000, { corridors: new Set([first.id]) }).filter((e) => e.mark.kind === 'swatch');
    expect(swatches).toHaveLength(1);
    expect(swatches[0]!.label.startsWith(first.id.replace(/\d+$/, ''))).toBe(true);
    expect(legendEntries(dataset, DEFAULT_LAYERS, 1000, { corridors: new Set() }).filter((e) => e.mark.kind === 'swatch')).toEqual([]);
  });

  it('lists only the crossing statuses and kinds of point on the map when told what is shown', () => {
    const dataset = demoDataset();
    const shown = { corridors: new Set<string>(), crossingStatuses: new Set(['open']), endUnknown: false, kinds: new Set(['segment', 'crossing']) };
    const labels = legendEntries(dataset, DEFAULT_LAYERS, 1000, shown).map((e) => e.label);
    expect(labels.filter((l) => l.startsWith('Crossing:'))).toEqual(['Crossing: open']);
    expect(labels.some((l) => l.startsWith('Faded, dashed ring'))).toBe(false);
    expect(labels.some((l) => l.startsWith('Hub'))).toBe(false);
    expect(labels.some((l) => l.startsWith('Incident'))).toBe(false);
    // Status not known for a drawn crossing: every status is listed, as without `shown`.
    const unknown = legendEntries(dataset, DEFAULT_LAYERS, 1000, { ...shown, crossingStatuses: null, endUnknown: undefined, kinds: new Set(['crossing', 'hub']) }).map((e) => e.label);
    expect(unknown.filter((l) => l.startsWith('Crossing:')).length).toBeGreaterThan(1);
    expect(unknown.some((l) => l.startsWith('Hub'))).toBe(true);
  });
});

describe('source line', () => {
  it('names the datasets with a short licence or data date and counts the other reports', () => {
    expect(formatSourceDate('2025-06-03')).toBe('3 Jun 2025');
    expect(formatSourceDate('2019-11')).toBe('Nov 2019');
    expect(describeSource({ key: 'IOM-MMP', title: 'x', publisher: 'International Organization for Migration (IOM)', licence: 'CC BY 4.0' })).toBe('IOM (CC BY 4.0)');
    expect(sourceLineFor([])).toBe(basemapCredit());
    expect(sourceLineFor([{ key: 'R1', title: 'A report', quality: 'secondary' }])).toBe(`Data: 1 further report (listed in the app's sources panel) · ${basemapCredit()}`);
  });

  it('for October 2015 in the demo: Frontex with its data date, IOM and the basemap', () => {
    const line = sourceLine(demoDataset(), { from: '2015-10', to: '2015-10' }, DEFAULT_LAYERS);
    expect(line).toMatch(/^Data: Frontex \(3 Jun 2025\) · IOM \(CC BY 4\.0\)/);
    expect(line).toMatch(/further reports .* · Basemap: Natural Earth$/);
  });
});
