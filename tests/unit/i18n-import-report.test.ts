/**
 * The import report in the user's language (issue 16): the worker takes the language with the job,
 * loads its catalogue and makes it active before reading (applyJobLocale), so a bad CSV row imported
 * with German active is reported in German, still naming the file, the line and the field. English
 * stays as it was (the other import tests assert it). Also the last English the map drew: route-flow
 * figure labels follow the language when read again, and the project file's errors.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { activeLocale, setActiveLocale } from '../../src/domain/i18n';
import { importFile } from '../../src/data/import/import-file';
import { applyJobLocale } from '../../src/data/import/worker-locale';
import { openProject } from '../../src/data/project/project-file';
import { buildRouteFlowTable } from '../../src/data/tables/route-flow-table';
import { buildSegmentTable } from '../../src/data/tables/segment-table';
import { demoDataset } from '../fixtures/demo-fixture';

const BAD_CSV = 'id,name,lat,lon\nbg,Belgrade,44.8,20.46\nsu,Subotica,nord,19.66\n';
const csv = (content: string) => importFile('orte.csv', new TextEncoder().encode(content), { pointKind: 'hub' });

afterEach(() => setActiveLocale('en'));

describe('import report language', () => {
  it('reports a bad CSV row in German when the job says de, naming file, line and field', async () => {
    expect(await applyJobLocale('de')).toBe('de');
    expect(activeLocale()).toBe('de');
    const { report } = csv(BAD_CSV);
    expect(report.accepted).toBe(1);
    expect(report.rejected).toEqual([{ file: 'orte.csv', row: 3, field: 'lat', reason: "Breitengrad: 'nord' ist keine Zahl", raw: 'su,Subotica,nord,19.66' }]);
  });

  it('is English with English active, as before', async () => {
    await applyJobLocale('en');
    const { report } = csv(BAD_CSV);
    expect(report.rejected.map((r) => [r.file, r.row, r.field, r.reason])).toEqual([['orte.csv', 3, 'lat', "latitude 'nord' is not a number"]]);
  });

  it('keeps the worker English for a job without a known language', async () => {
    expect(await applyJobLocale('xx' as never)).toBe('en');
    expect(csv('id,name,lat,lon\n').report.fileErrors[0]?.reason).toBe('the file has a header row but no data rows');
  });

  it('says a short row in Serbian Cyrillic by the Serbian plural', async () => {
    await applyJobLocale('sr-Cyrl');
    const { report } = csv('id,name,lat,lon,note\nbg,Belgrade\n');
    expect(report.rejected[0]?.reason).toBe('овај ред има 2 ћелије, а заглавље 5 колона');
  });
});

describe('other last English', () => {
  it('route-flow figure labels follow the active language without a rebuild', () => {
    const demo = demoDataset();
    const table = buildRouteFlowTable(buildSegmentTable(demo), demo);
    const figure = table.labels.find((l) => l.kind === 'figure' && typeof l.volume === 'number' && l.volume > 1);
    expect(figure).toBeDefined();
    expect(figure!.text).toMatch(/^[\d,]+ detections$/);
    setActiveLocale('de');
    expect(figure!.text).toMatch(/^[\d.]+ Aufgriffe$/);
  });

  it('a project file that is not JSON is refused in the active language', async () => {
    await applyJobLocale('it');
    const result = openProject('{', 'piano.routeshift.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/^«piano\.routeshift\.json» non può essere aperto come progetto RouteShift: non è JSON valido \(.+\)\.$/);
  });
});
