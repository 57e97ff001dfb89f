/**
 * The PDF handout, built in Node from plain data with the real DejaVu fonts and read back with
 * pdfjs: text comes out as typed (Latin with diacritics, Cyrillic, Greek), pages are counted,
 * notes follow the option, every source is listed, and nothing is printed under 8 pt.
 */
import { readFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildHandoutPdf } from '../../src/features/media-export/handout/handout-pdf';
import type { Handout, HandoutSource, HandoutView } from '../../src/features/media-export/handout/handout-model';
import { legendEntries } from '../../src/features/media-export/legend-content';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import { demoDataset } from '../fixtures/demo-fixture';
import { formatMessage, loadCatalogue, setActiveLocale } from '../../src/domain/i18n';

const fonts = { regular: new Uint8Array(readFileSync('public/fonts/DejaVuSans.ttf')), bold: new Uint8Array(readFileSync('public/fonts/DejaVuSans-Bold.ttf')) };

/** A small solid-colour PNG: a stand-in for the captured map. */
function png(width: number, height: number): Uint8Array {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set([40, 120 + x, 200 - y], y * (width * 3 + 1) + 1 + x * 3);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

const dataset = demoDataset();
const legend = legendEntries(dataset, DEFAULT_LAYERS, 205703).map((entry) => ({ ...entry }));

function view(title: string, caption: string, notes: string, aspect = 1.6): HandoutView {
  return {
    title,
    period: 'June 2018',
    caption,
    notes,
    sources: [{ key: 'R61', title: 'A report on Bihać' }],
    mapData: { named: ['Frontex (3 Jun 2025)', 'IOM (CC BY 4.0)'], further: 12 },
    legend,
    aspect,
    picture: { bytes: png(24, 16), format: 'PNG' },
  };
}

const SOURCES: HandoutSource[] = [
  { key: 'FRONTEX', title: 'Frontex, Monthly detections of illegal border-crossings', publisher: 'Frontex', date: '2025-06-03', url: 'https://www.frontex.europa.eu/', licence: 'Reproduction authorised' },
  { key: 'R61', title: 'Migranti u Velikoj Kladuši čekaju na granici', publisher: 'Klix.ba', date: '2018-06', url: 'https://www.klix.ba/a ; https://www.klix.ba/b' },
  { key: 'R90', title: 'Мигранти у Београду', publisher: 'РТС', date: '2016-03-09' },
  { key: 'R91', title: 'Πρόσφυγες στην Ειδομένη', publisher: 'Καθημερινή', weak: true },
];

function handout(options: Partial<Handout> = {}): Handout {
  return {
    title: 'How the route shifted',
    made: '5 December 2026',
    marking: 'OFFICIAL — for briefing use only',
    dataPeriod: 'January 2009 – April 2025',
    views: [
      view('Velika Kladuša', 'From Bihać and Velika Kladuša into Croatia.', 'Rehearse the pause at Šid.'),
      view('Београд', 'People wait in parks near the station in Београд.', 'Ask about Горњи Милановац.'),
      view('Ειδομένη', 'Thousands camp at Ειδομένη in March 2016.', 'Νότες for the speaker.'),
    ],
    sources: SOURCES,
    includeNotes: false,
    ...options,
  };
}

interface PageText {
  text: string;
  sizes: number[];
  portrait: boolean;
}

async function readPdf(bytes: Uint8Array): Promise<PageText[]> {
  const pdf = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PageText[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const items = content.items.filter((item) => 'str' in item && item.str.trim() !== '') as { str: string; transform: number[] }[];
    const [, , width, height] = page.view as [number, number, number, number];
    pages.push({ text: items.map((item) => item.str).join(' ').replace(/\s+/g, ' '), sizes: items.map((item) => Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0)), portrait: height > width });
  }
  await pdf.destroy();
  return pages;
}

/** The share of page `n` the (only) image covers, from the transform it is painted with. */
async function pictureShare(bytes: Uint8Array, n: number): Promise<number> {
  const pdf = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const page = await pdf.getPage(n);
  const ops = await page.getOperatorList();
  const [, , width, height] = page.view as [number, number, number, number];
  const at = ops.fnArray.indexOf(pdfjs.OPS.paintImageXObject);
  const transform = ops.argsArray.slice(0, at).reverse()[ops.fnArray.slice(0, at).reverse().indexOf(pdfjs.OPS.transform)] as number[];
  await pdf.destroy();
  return Math.abs((transform[0] ?? 0) * (transform[3] ?? 0)) / (width * height);
}

describe('PDF handout', () => {
  it('prints Latin with diacritics, Cyrillic and Greek as typed, in the embedded font', async () => {
    const pages = await readPdf(buildHandoutPdf(handout(), fonts));
    const all = pages.map((p) => p.text).join(' ');
    for (const word of ['Velika Kladuša', 'Bihać', 'Београд', 'Ειδομένη', 'Migranti u Velikoj Kladuši čekaju', 'Πρόσφυγες στην Ειδομένη']) expect(all).toContain(word);
    expect(all).not.toContain('Kladusa');
  });

  it('has a title page, one page per view and the sources page', async () => {
    const pages = await readPdf(buildHandoutPdf(handout(), fonts));
    expect(pages).toHaveLength(1 + 3 + 1);
    const [title] = pages;
    expect(title?.text).toContain('How the route shifted');
    expect(title?.text).toContain('3 views · made 5 December 2026');
    expect(title?.text).toContain('Data: January 2009 – April 2025');
    expect(title?.text).toContain('Marking: OFFICIAL — for briefing use only');
    // Contents: each view with its page.
    expect(title?.text).toMatch(/1\. Velika Kladuša — June 2018 2 .*3\. Ειδομένη — June 2018 4 Sources 5/);
    pages.forEach((page, i) => {
      expect(page.text).toContain(`Page ${i + 1} of 5`);
      expect(page.text).toContain('OFFICIAL — for briefing use only');
    });
    expect(pages[4]?.text.startsWith('Sources')).toBe(true);
  });

  it('lists every source in full on the sources page, never "further reports (listed in the app"', async () => {
    const pages = await readPdf(buildHandoutPdf(handout(), fonts));
    const sources = pages[4]?.text ?? '';
    for (const source of SOURCES) {
      expect(sources).toContain(source.key);
      expect(sources).toContain(source.title);
    }
    expect(sources).toContain('Klix.ba, Jun 2018.');
    expect(sources).toContain('https://www.klix.ba/a https://www.klix.ba/b');
    expect(sources).toContain('Weak source.');
    const all = pages.map((p) => p.text).join(' ');
    expect(all).not.toMatch(/listed in the app/);
    expect(pages[1]?.text).toContain('12 further reports');
    expect(pages[1]?.text).toContain('every source is listed at the end of this handout');
  });

  it('a long source list runs over as many pages as it needs, all of it listed', async () => {
    const many = dataset.sources.map((s) => ({ key: s.key, title: s.title, publisher: s.publisher, date: s.date, url: s.url, licence: s.licence }));
    const pages = await readPdf(buildHandoutPdf(handout({ sources: many }), fonts));
    const sourcePages = pages.slice(4);
    expect(sourcePages.length).toBeGreaterThan(1);
    expect(pages.length).toBe(1 + 3 + sourcePages.length);
    sourcePages.forEach((page, i) => expect(page.text.startsWith(i === 0 ? 'Sources All' : 'Sources (continued)')).toBe(true));
    const listed = sourcePages.map((p) => p.text).join(' ');
    const missing = many.filter((s) => !listed.includes(s.title.replace(/\s+/g, ' ').trim()));
    expect(missing.map((s) => s.key)).toEqual([]);
  });

  it('prints speaker notes only when asked', async () => {
    const without = (await readPdf(buildHandoutPdf(handout(), fonts))).map((p) => p.text).join(' ');
    expect(without).not.toContain('Speaker notes Rehearse');
    expect(without).not.toContain('Горњи Милановац');
    expect(without).toContain('Speaker notes are not included.');
    const withNotes = (await readPdf(buildHandoutPdf(handout({ includeNotes: true }), fonts))).map((p) => p.text).join(' ');
    expect(withNotes).toContain('Speaker notes Rehearse the pause at Šid.');
    expect(withNotes).toContain('Ask about Горњи Милановац.');
    expect(withNotes).toContain('Νότες for the speaker.');
  });

  it('draws the legend as text on the view pages, nothing under 8 pt', async () => {
    const pages = await readPdf(buildHandoutPdf(handout(), fonts));
    const viewPage = pages[1] as PageText;
    expect(viewPage.text).toContain('Legend');
    for (const entry of legend) expect(viewPage.text).toContain(entry.label.split(' ').slice(0, 3).join(' '));
    for (const page of pages) expect(Math.min(...page.sizes)).toBeGreaterThanOrEqual(7.99);
  });

  it('gives a tall view a portrait page and a wide one a landscape page, the picture as large as the page allows', async () => {
    const short = legend.slice(0, 8);
    const tall = { ...view('Greece to Hungary', 'Tall.', '', 0.69), legend: short };
    const wide = { ...view('The Mediterranean', 'Wide.', '', 1.8), legend: short };
    const bytes = buildHandoutPdf(handout({ views: [tall, wide] }), fonts);
    const pages = await readPdf(bytes);
    expect(pages.map((p) => p.portrait)).toEqual([false, true, false, false]);
    // The map picture takes more than half of each view page (A4: 595 × 842 pt).
    for (const n of [2, 3]) expect(await pictureShare(bytes, n)).toBeGreaterThan(0.5);
  });

  it('a caption too long for its page continues on the next page, none of it lost', async () => {
    const long = `${'The route runs through Velika Kladuša and on to Croatia. '.repeat(60)}The end of the caption.`;
    const pages = await readPdf(buildHandoutPdf(handout({ views: [view('Long', long, '')] }), fonts));
    expect(pages).toHaveLength(1 + 2 + 1);
    expect(pages[1]?.text).toContain('Caption and speaker notes continue on the next page.');
    expect(pages[2]?.text.startsWith('Long (continued)')).toBe(true);
    expect(pages[2]?.text).toContain('The end of the caption.');
  });
});

describe('PDF handout in the interface language (issue 16)', () => {
  const scripts = { 'sr-Cyrl': /[\u0400-\u04FF]/, el: /[\u0370-\u03FF]/ } as const;
  for (const [locale, script] of Object.entries(scripts) as [keyof typeof scripts, RegExp][]) {
    it(`prints its own words in ${locale}, as typed, and leaves the marking as the user typed it`, async () => {
      expect(await loadCatalogue(locale)).toBe(true);
      setActiveLocale(locale);
      try {
        const translatedLegend = legendEntries(dataset, DEFAULT_LAYERS, 205703).map((entry) => ({ ...entry }));
        const views = handout().views.map((v) => ({ ...v, legend: translatedLegend }));
        const pages = await readPdf(buildHandoutPdf(handout({ views }), fonts));
        const all = pages.map((p) => p.text).join(' ');
        const words = [formatMessage(locale, 'handout.legend'), formatMessage(locale, 'handout.sourcesHeading'), formatMessage(locale, 'handout.contents')];
        for (const word of words) {
          expect(word).toMatch(script);
          expect(all).toContain(word);
        }
        const open = translatedLegend.find((e) => e.mark.kind === 'icon')!.label;
        expect(open).toMatch(script);
        expect(all.replace(/\s+/g, ' ')).toContain(open.split(' ')[0]);
        expect(all).toContain('OFFICIAL — for briefing use only');
        expect(all).toContain(formatMessage(locale, 'handout.page', { page: 1, pages: pages.length }));
      } finally {
        setActiveLocale('en');
      }
    });
  }
});
