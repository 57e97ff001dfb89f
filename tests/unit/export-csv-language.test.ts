/**
 * The CSV export's header row is in the interface language (issue 16 item 4), and RouteShift reads
 * such a file back whatever language the page is in now: a German export imported with English
 * active gives the same points as an English export.
 */
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsv } from '../../src/data/export/export-visible';
import { importAnyFile } from '../../src/data/import/import-any-file';
import { guessColumns } from '../../src/data/import/columns';
import { exportColumnNames } from '../../src/data/import/export-header';
import { loadCatalogue, setActiveLocale, type LocaleCode } from '../../src/domain/i18n';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import { demoDataset } from '../fixtures/demo-fixture';

const AT = '2026-11-29T10:30:00.000Z';
const OCT = { from: '2015-10', to: '2015-10' };
const headerRow = (csv: string) => csv.split('\r\n').find((line) => !line.startsWith('#'))!;

async function csvIn(locale: LocaleCode): Promise<string> {
  expect(await loadCatalogue(locale)).toBe(true);
  setActiveLocale(locale);
  try {
    return exportCsv(demoDataset(), OCT, DEFAULT_LAYERS, AT);
  } finally {
    setActiveLocale('en');
  }
}

async function hubsOf(csv: string) {
  const parsed = await importAnyFile('export.csv', new TextEncoder().encode(csv), { pointKind: 'hub' });
  return parsed.entities.hubs.map((h) => [h.id, h.name, h.coord]);
}

afterEach(() => setActiveLocale('en'));

describe('CSV export header in the interface language', () => {
  it('English: the machine keys, as before', async () => {
    expect(headerRow(await csvIn('en'))).toBe(CSV_COLUMNS.join(','));
  });

  it('German and Serbian Cyrillic: the header row in the language, the rows unchanged', async () => {
    const english = await csvIn('en');
    const german = await csvIn('de');
    expect(headerRow(german)).toBe('Art,ID,Name,Breite,Länge,WKT,von,bis,Wert,Einheit,Verlässlichkeit,Quellen');
    expect(headerRow(await csvIn('sr-Cyrl'))).toBe('врста,ID,назив,ширина,дужина,WKT,од,до,вредност,јединица,поузданост,извори');
    // Kinds, ids, positions and figures are the same; units and made-up names are in the language.
    const cells = (csv: string) => Papa.parse<string[]>(csv.split('\r\n').filter((l) => !l.startsWith('#')).slice(1).join('\r\n')).data
      .filter((r) => r.length === CSV_COLUMNS.length)
      .map((r) => [r[0], r[1], r[3], r[4], r[5], r[6], r[7], r[8], r[10]]);
    expect(cells(german)).toEqual(cells(english));
    expect(cells(german).length).toBeGreaterThan(10);
  });

  it('a German export imported with English active gives the same places as the English export', async () => {
    const fromEnglish = await hubsOf(await csvIn('en'));
    const fromGerman = await hubsOf(await csvIn('de'));
    expect(fromEnglish.length).toBeGreaterThan(5);
    expect(fromGerman).toEqual(fromEnglish);
  });

  it('reads a header row as the machine keys only when it is a whole export row of one language', () => {
    expect(exportColumnNames(['art', 'id', 'name', 'breite', 'länge', 'wkt', 'von', 'bis', 'wert', 'einheit', 'verlässlichkeit', 'quellen'])).toEqual([...CSV_COLUMNS]);
    expect(exportColumnNames(['name', 'breite', 'länge'])).toBeNull();
    // A user's file that happens to use one translated word keeps the usual aliases.
    expect(guessColumns(['name', 'lat', 'lon', 'von'])).toMatchObject({ name: 'name', lat: 'lat', lon: 'lon' });
    expect(guessColumns(['Art', 'ID', 'Name', 'Breite', 'Länge', 'WKT', 'von', 'bis', 'Wert', 'Einheit', 'Verlässlichkeit', 'Quellen'])).toMatchObject({ kind: 'Art', id: 'ID', lat: 'Breite', lon: 'Länge', wkt: 'WKT', confidence: 'Verlässlichkeit', source: 'Quellen' });
  });
});
