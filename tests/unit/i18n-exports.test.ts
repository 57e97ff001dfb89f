/**
 * Exports speak the interface language (issue 16 item 4): with a German test catalogue active, the
 * handout's pages, a picture's legend and source line carry German words, German months and numbers,
 * and the marking line stays exactly as typed.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { en, registerCatalogue, setActiveLocale, type Catalogue } from '../../src/domain/i18n';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import { planHandout } from '../../src/features/media-export/handout/handout-plan';
import type { Handout } from '../../src/features/media-export/handout/handout-model';
import type { Measure } from '../../src/features/media-export/handout/handout-text';
import { dataPeriodText, dayText } from '../../src/features/media-export/handout-content';
import { legendEntries } from '../../src/features/media-export/legend-content';
import { sourceLineFor } from '../../src/features/media-export/source-line';
import { describePeriod } from '../../src/features/media-export/export-state';
import { demoDataset } from '../fixtures/demo-fixture';

/** Made-up German for a few keys; the rest falls back to English (a test catalogue, not the translation). */
const GERMAN: Catalogue = {
  ...en,
  'handout.contents': 'Inhalt',
  'handout.sourcesHeading': 'Quellen',
  'handout.dataPeriod': 'Daten: {period}',
  'handout.marking': 'Einstufung: {marking}',
  'handout.viewsMade': '{count, plural, one {# Ansicht} other {# Ansichten}} · erstellt am {made}',
  'mediaExport.legendLandLeg': 'Landweg',
  'mediaExport.legendWidth': 'Breite: Frontex-Aufgriffe (breiteste {widest})',
  'mediaExport.sourceLine': 'Daten: {parts}',
  'mediaExport.basemapCredit': 'Grundkarte: Natural Earth',
};

const MARKING = 'VS – Nur für den Dienstgebrauch (as typed, not translated)';
const measure: Measure = (text, pt, bold) => text.length * pt * (bold ? 0.2 : 0.18);
const dataset = demoDataset();

beforeAll(() => registerCatalogue('de', GERMAN));
afterEach(() => setActiveLocale('en'));

function handoutNow(): Handout {
  return {
    title: 'Balkanroute',
    made: dayText(new Date(2026, 11, 5)),
    marking: MARKING,
    dataPeriod: dataPeriodText(dataset),
    views: [],
    sources: [{ key: 'R1', title: 'Ein Bericht', date: '2016-03-09', weak: false }],
    includeNotes: false,
  };
}

describe('exports in the interface language', () => {
  it('the handout title page: German words, German months, the marking as typed', () => {
    setActiveLocale('de');
    const pages = planHandout(handoutNow(), measure);
    const text = pages.flatMap((p) => ('lines' in p ? p.lines.map((l) => l.text) : [])).join(' ');
    expect(text).toContain('Inhalt');
    expect(text).toContain('Quellen');
    expect(text).toContain('erstellt am 5. Dezember 2026');
    expect(text).toMatch(/Daten: Januar 2009 – April 2025/);
    expect(text).toContain(`Einstufung: ${MARKING}`);
    expect(text).not.toContain('Contents');
  });
  it('a picture\'s legend and source line: German words and grouping', () => {
    setActiveLocale('de');
    const labels = legendEntries(dataset, DEFAULT_LAYERS, 205703).map((e) => e.label);
    expect(labels).toContain('Landweg');
    expect(labels).toContain('Breite: Frontex-Aufgriffe (breiteste 205.703)');
    expect(sourceLineFor([{ key: 'IOM', title: 'Missing Migrants', publisher: 'IOM', licence: 'CC BY 4.0', quality: 'dataset' }])).toBe('Daten: IOM (CC BY 4.0) · Grundkarte: Natural Earth');
    expect(describePeriod({ from: '2015-08', to: '2015-10' })).toBe('August 2015 – Oktober 2015');
  });
  it('in English the same calls give today\'s English', () => {
    const pages = planHandout(handoutNow(), measure);
    const text = pages.flatMap((p) => ('lines' in p ? p.lines.map((l) => l.text) : [])).join(' ');
    expect(text).toContain('made 5 December 2026');
    expect(text).toContain(`Marking: ${MARKING}`);
    expect(legendEntries(dataset, DEFAULT_LAYERS, 205703).map((e) => e.label)).toContain('Land leg');
  });
});
