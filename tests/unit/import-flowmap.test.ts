/**
 * FlowmapBlue sheets (issue 14, item 6): a locations sheet and a flows sheet dropped together become
 * places and segments with monthly figures (importDrop reads the locations first).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_PERIOD } from '../../src/domain/data-period';
import { buildImportedDataset } from '../../src/data/import/assemble';
import { importDrop, type DroppedFile } from '../../src/data/import/import-drop';
import type { ImportOptions, ParsedFile } from '../../src/data/import/types';
import { validateDataset } from '../../src/data/validate-dataset';
import { loadCatalogue, setActiveLocale } from '../../src/domain/i18n';

const OPTIONS: ImportOptions = { pointKind: 'incident' };
const META = { name: 'Flows', loadedAt: '2025-07-01T00:00:00Z' };
const fixtureText = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');

function dropped(name: string, text: string = fixtureText(name)): DroppedFile {
  const bytes = new TextEncoder().encode(text);
  return { name, head: () => Promise.resolve(bytes.subarray(0, 4096)), bytes: () => Promise.resolve(bytes) };
}

const drop = (files: DroppedFile[]) => importDrop(files, OPTIONS, () => () => undefined);
const byFile = (parsed: ParsedFile[], name: string) => parsed.find((p) => p.report.file === name)!;
/** The sheet's rows as [origin, dest, count, time] cells. */
const rowsOf = (name: string) => fixtureText(name).trim().split('\n').slice(1).map((line) => line.split(','));

describe('FlowmapBlue sheets', () => {
  it('reads the locations first, as places, and the flows as segments with monthly series', async () => {
    const parsed = await drop([dropped('flowmap-flows.csv'), dropped('flowmap-locations.csv')]);
    expect(parsed.map((p) => p.report.file)).toEqual(['flowmap-locations.csv', 'flowmap-flows.csv']);
    const locations = byFile(parsed, 'flowmap-locations.csv');
    // Places, though the point kind chosen for the drop is 'incident'.
    expect(locations.entities.hubs.map((h) => h.id)).toEqual(['ATH', 'IDO', 'BEG', 'SUB', 'BIH', 'VKL']);
    const flows = byFile(parsed, 'flowmap-flows.csv');
    expect(flows.report).toMatchObject({ format: 'flowmap', fileErrors: [], rejected: [], repaired: [] });
    const rows = rowsOf('flowmap-flows.csv');
    const pairs = [...new Set(rows.map(([o, d]) => `${o}→${d}`))];
    expect(flows.report.accepted).toBe(pairs.length);
    expect(flows.entities.segments.map((s) => `${s.fromPlaceId}→${s.toPlaceId}`)).toEqual(pairs);
    expect(flows.entities.hubs).toEqual([]);

    const hub = (id: string) => locations.entities.hubs.find((h) => h.id === id)!;
    for (const segment of flows.entities.segments) {
      expect(segment.path).toEqual([hub(segment.fromPlaceId).coord, hub(segment.toPlaceId).coord]);
      const series = flows.entities.flows.find((f) => f.id === segment.volume?.seriesId)!;
      expect(segment.volume?.scope).toBe('segment');
      // Every row of the pair is in its series at its month, the months between are null, nothing summed.
      const own = rows.filter(([o, d]) => o === segment.fromPlaceId && d === segment.toPlaceId);
      expect(series.values.filter((v) => v !== null).sort()).toEqual(own.map(([, , count]) => Number(count)).sort());
      expect(series.start).toBe(own.map(([, , , time]) => time).sort()[0]);
      expect(segment.active.from).toBe(series.start);
      expect(series.unit).toBe('count');
    }
    const idoBeg = flows.entities.flows.find((f) => f.name === 'Idomeni → Belgrade')!;
    expect(idoBeg.values).toEqual([900, null, 1100]);

    const dataset = buildImportedDataset(parsed, META);
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([]);
  });

  it('keeps a total without a time column as a total: in the notes, never spread over months', async () => {
    const parsed = await drop([dropped('flowmap-locations.csv'), dropped('flowmap-flows-total.csv')]);
    const flows = byFile(parsed, 'flowmap-flows-total.csv');
    expect(flows.entities.flows).toEqual([]);
    const rows = rowsOf('flowmap-flows-total.csv');
    expect(flows.entities.segments).toHaveLength(rows.length);
    for (const [i, segment] of flows.entities.segments.entries()) {
      expect(segment.volume).toBeUndefined();
      expect(segment.active).toEqual(DATA_PERIOD);
      expect(segment.notes).toContain(`${Number(rows[i]![2]).toLocaleString('en-GB')} (count), total, no dates given`);
    }
    expect(flows.report.repaired.map((r) => r.repair)).toEqual(rows.map(() => 'shown in every month, the total in the notes (not spread over months)'));
    const again = await drop([dropped('flowmap-locations.csv'), dropped('twice.csv', 'origin,dest,count\nATH,IDO,5\nATH,IDO,6\n')]);
    expect(byFile(again, 'twice.csv').report.rejected[0]).toMatchObject({ row: 3, field: 'count' });
    expect(byFile(again, 'twice.csv').report.rejected[0]!.reason).toContain('a second count for ATH → IDO (first at line 2)');
  });

  it('names flows whose origin or dest is not among the locations, and rejects repeats and empty counts', async () => {
    const parsed = await drop([dropped('flowmap-locations.csv'), dropped('flowmap-flows-unknown.csv')]);
    const { report, entities } = byFile(parsed, 'flowmap-flows-unknown.csv');
    const at = (row: number) => report.rejected.find((r) => r.row === row)!;
    expect(at(3)).toMatchObject({ field: 'origin', reason: "origin 'ZAG' is not among the locations in flowmap-locations.csv", raw: 'ZAG,BEG,400,2015-09' });
    expect(at(4)).toMatchObject({ field: 'dest', reason: "dest 'LJU' is not among the locations in flowmap-locations.csv" });
    expect(at(5)).toMatchObject({ field: 'time' });
    expect(at(5).reason).toContain('a second value in Sep 2015 for ATH → IDO (first at line 2)');
    expect(at(6)).toMatchObject({ field: 'dest' });
    expect(at(6).reason).toContain('same location');
    expect(at(7)).toMatchObject({ field: 'count', reason: 'the count is empty' });
    expect(report.rejected).toHaveLength(5);
    expect(entities.flows.map((f) => f.values)).toEqual([[1200]]);
  });

  it('refuses a flows sheet dropped without its locations', async () => {
    const [alone] = await drop([dropped('flowmap-flows.csv')]);
    expect(alone!.report.fileErrors).toHaveLength(1);
    expect(alone!.report.fileErrors[0]!.reason).toContain('names its places by the ids of a locations sheet (id, name, lat, lon), and none was dropped with it');
    expect(alone!.entities.segments).toEqual([]);
  });

  it('keeps the references to the locations when a flows file’s own ids are renamed in the merge', async () => {
    const text = fixtureText('flowmap-flows.csv');
    const parsed = await drop([dropped('flowmap-locations.csv'), dropped('a.csv', text), dropped('b.csv', text)]);
    const dataset = buildImportedDataset(parsed, META);
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.issues.slice(0, 5)).toEqual([]);
    const fromB = dataset.segments.filter((s) => s.corridorId.startsWith('b'));
    expect(fromB.length).toBeGreaterThan(0);
    expect(fromB.every((s) => dataset.hubs.some((h) => h.id === s.fromPlaceId) && s.volume?.seriesId.startsWith('b:'))).toBe(true);
  });
});

describe('FlowmapBlue sheets in German', () => {
  it('writes the notes of the flows, totals and the corridor it makes in the language of the page (issue 16)', async () => {
    expect(await loadCatalogue('de')).toBe(true);
    setActiveLocale('de');
    try {
      const totals = byFile(await drop([dropped('flowmap-locations.csv'), dropped('flowmap-flows-total.csv')]), 'flowmap-flows-total.csv');
      const rows = rowsOf('flowmap-flows-total.csv');
      const first = totals.entities.segments[0]!;
      expect(first.notes).toContain('In flowmap-flows-total.csv angegebene Summe: ');
      expect(first.notes).toContain(`${Number(rows[0]![2]).toLocaleString('de-DE')} (count), Summe ohne Datum; nicht auf Monate verteilt.`);
      expect(first.notes).toMatch(/^In flowmap-flows-total\.csv angegebene Summe: .*Strom von .+ nach .+, als gerade Linie zwischen den beiden Orten gezeichnet\.$/);
      expect(totals.entities.corridors[0]!.notes).toMatch(/^Vom Import angelegt: die Ströme aus flowmap-flows-total\.csv zwischen den Orten aus /);
      const notes = [...totals.entities.segments.map((s) => s.notes ?? ''), ...totals.entities.corridors.map((c) => c.notes ?? '')].join('\n');
      for (const english of ['Total given in', 'no dates given', 'Flow from', 'straight line', 'Made by the import']) expect(notes).not.toContain(english);
    } finally {
      setActiveLocale('en');
    }
  });
});
