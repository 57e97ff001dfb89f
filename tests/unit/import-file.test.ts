import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/import/import-file';
import { MAX_IMPORT_BYTES, type ImportOptions } from '../../src/data/import/types';

const OPTIONS: ImportOptions = { pointKind: 'hub' };
const encode = (text: string) => new TextEncoder().encode(text);

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

function onlyFileError(name: string, bytes: Uint8Array) {
  const parsed = importFile(name, bytes, OPTIONS);
  expect(parsed.report.fileErrors).toHaveLength(1);
  expect(parsed.report.fileErrors[0]).toMatchObject({ file: name, row: null, field: null });
  expect(parsed.report.accepted).toBe(0);
  return parsed.report.fileErrors[0]!.reason;
}

describe('importFile: size, encoding, format', () => {
  it('refuses files over the size limit, stating it', () => {
    const reason = onlyFileError('big.csv', new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(reason).toContain('300 MB');
  });

  it('refuses empty files', () => {
    expect(onlyFileError('empty.csv', new Uint8Array(readFileSync('tests/fixtures/import/empty.csv')))).toContain('empty');
    expect(onlyFileError('blank.geojson', encode('  \n\n  '))).toContain('empty');
    expect(onlyFileError('header.csv', encode('name,lat,lon\n'))).toContain('no data rows');
  });

  it('reads UTF-8 with a BOM', () => {
    const parsed = importFile('bom.csv', new Uint8Array([0xef, 0xbb, 0xbf, ...encode('name,lat,lon\nŠid,45.1,19.2\n')]), OPTIONS);
    expect(parsed.report.fileErrors).toEqual([]);
    expect(parsed.entities.hubs[0]!.name).toBe('Šid');
  });

  it('refuses UTF-16 (with a BOM, or NUL-heavy without) and invalid UTF-8, saying to save as UTF-8', () => {
    const csv = 'name,lat,lon\nSid,45.1,19.2\n';
    expect(onlyFileError('utf16.csv', utf16le(csv))).toMatch(/wrong encoding.*UTF-16.*save it as UTF-8/);
    expect(onlyFileError('utf16-nobom.csv', utf16le(csv).subarray(2))).toMatch(/wrong encoding.*save it as UTF-8/);
    const latin1 = new Uint8Array([...encode('name,lat,lon\n'), 0x8a, 0x69, 0x64, ...encode(',45.1,19.2\n')]);
    expect(onlyFileError('latin1.csv', latin1)).toMatch(/wrong encoding: the file is not valid UTF-8 \(first on line 2\).*save it as UTF-8/);
  });

  it('reads JSON under a CSV name as what it is, saying so, and refuses what cannot be read', () => {
    const notReally = importFile('not-really.csv', new Uint8Array(readFileSync('tests/fixtures/import/not-really.csv')), OPTIONS);
    expect(notReally.report.format).toBe('geojson');
    expect(notReally.report.notes).toEqual([{ file: 'not-really.csv', row: null, field: null, reason: expect.stringMatching(/^read as GeoJSON: the name says \.csv/) }]);
    expect(notReally.report.fileErrors.map((e) => e.reason)).toEqual(['the FeatureCollection has no features: nothing to import']);
  });

  it('says when the content is not the format the name claims', () => {
    expect(onlyFileError('page.csv', encode('<html><body>hi</body></html>'))).toContain('XML or HTML');
    expect(onlyFileError('sheet.csv', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toContain('zip archive');
    expect(onlyFileError('doc.pdf', encode('%PDF-1.4'))).toContain("unsupported file type '.pdf'");
  });

  it('sniffs files without a known extension', () => {
    expect(importFile('points.txt', encode('name,lat,lon\nA,44,20\n'), OPTIONS).report.format).toBe('csv');
    expect(importFile('data', encode('{"type":"Point","coordinates":[20,44]}'), OPTIONS).report.format).toBe('geojson');
  });

  it('hands RouteShift project files to the project module, with no entities', () => {
    const project = { format: 'routeshift-project', version: 1, workspace: { datasets: [] } };
    for (const name of ['work.routeshift.json', 'work.json']) {
      const parsed = importFile(name, encode(JSON.stringify(project)), OPTIONS);
      expect(parsed.report.format).toBe('project');
      expect(parsed.project).toEqual(project);
      expect(parsed.report.fileErrors).toEqual([]);
      expect(Object.values(parsed.entities).every((list) => list.length === 0)).toBe(true);
    }
    expect(onlyFileError('x.routeshift.json', encode('{"format":"routeshift-story"}'))).toContain('not the format its name claims');
    const geojson = importFile('x.routeshift.json', encode('{"type":"Feature","properties":{"name":"Šid"},"geometry":{"type":"Point","coordinates":[19.2,45.1]}}'), OPTIONS);
    expect(geojson.report).toMatchObject({ format: 'geojson', accepted: 1, fileErrors: [] });
    expect(geojson.report.notes?.[0]?.reason).toMatch(/^read as GeoJSON: the name says \.json/);
    expect(onlyFileError('d.json', encode('{"format":"routeshift-dataset"}'))).toContain('RouteShift dataset file');
  });

  it('reports progress from 0 to 1', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `p${i},${40 + (i % 10)},${20 + (i % 5)}`).join('\n');
    const seen: number[] = [];
    importFile('many.csv', encode(`name,lat,lon\n${rows}\n`), OPTIONS, (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });
});
