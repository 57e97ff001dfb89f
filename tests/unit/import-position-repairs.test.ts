/**
 * The rule for repairs that move a position (issue 14, item 7): a swapped latitude/longitude or a
 * decimal comma read as a point is kept only inside the area the rest of the file covers, or the
 * data region when the file has too few other points; otherwise the row is rejected with the reason.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_REGION, inBox, type LonLatBox } from '../../src/domain/data-region';
import { importFile } from '../../src/data/import/import-file';
import { AREA_PAD_MIN_DEGREES, AREA_PAD_SHARE, MIN_AREA_POSITIONS } from '../../src/data/import/position-repairs';
import type { ParsedFile } from '../../src/data/import/types';

const csv = (name: string, text: string): ParsedFile => importFile(name, new TextEncoder().encode(text), { pointKind: 'hub' });
const BALKANS = 'name,lat,lon\nBelgrade,44.8176,20.4569\nZagreb,45.815,15.9819\nSkopje,41.9981,21.4254\nBihać,44.8169,15.8708\n';

describe('position repairs are held to the file’s area', () => {
  it('rejects latitude 95 / longitude 19 instead of moving the point to Myanmar, naming line and fields', () => {
    const parsed = csv('balkans.csv', `${BALKANS}Myanmar?,95,19\n`);
    expect(parsed.report.rejected).toHaveLength(1);
    const rejected = parsed.report.rejected[0]!;
    expect(rejected).toMatchObject({ file: 'balkans.csv', row: 6, field: 'lat, lon', raw: 'Myanmar?,95,19' });
    expect(rejected.reason).toContain('latitude 95 is out of range');
    expect(rejected.reason).toContain('swapped, the point (19° N, 95° E) would lie outside the area this file covers');
    expect(rejected.reason).toMatch(/: rejected$/);
    expect(parsed.report.repaired).toEqual([]);
    expect(parsed.entities.hubs.map((h) => h.name)).toEqual(['Belgrade', 'Zagreb', 'Skopje', 'Bihać']);
  });

  it('keeps a swap that lands inside the area the file covers, as a repair', () => {
    const myanmar = 'name,lat,lon\nYangon,16.8409,96.1735\nMandalay,21.9588,96.0891\nNaypyidaw,19.7633,96.0785\n';
    const parsed = csv('myanmar.csv', `${myanmar}Bago,96.4797,17.3352\n`);
    expect(parsed.report.rejected).toEqual([]);
    expect(parsed.report.repaired).toHaveLength(1);
    expect(parsed.report.repaired[0]).toMatchObject({ row: 5, field: 'lat, lon', repair: 'latitude and longitude swapped' });
    expect(parsed.entities.hubs.find((h) => h.name === 'Bago')?.coord).toEqual([96.4797, 17.3352]);
  });

  it('uses the data region when the file has too few other points', () => {
    const alone = csv('alone.csv', 'name,lat,lon\nBelgrade,44.8176,20.4569\nSwapped,95,19\n');
    expect(alone.report.rejected[0]?.reason).toContain("would lie outside RouteShift's data region (Europe, the Mediterranean and the Middle East");
    expect(alone.report.rejected[0]?.reason).toContain('too few other points (1)');
  });

  it('holds a decimal comma read as a point to the same rule', () => {
    const inside = csv('comma.csv', `${BALKANS}Novi Sad,"45,2671","19,8335"\n`);
    expect(inside.report.repaired[0]).toMatchObject({ row: 6, field: 'lat, lon' });
    expect(inside.entities.hubs.find((h) => h.name === 'Novi Sad')?.coord).toEqual([19.8335, 45.2671]);
    const outside = csv('comma.csv', `${BALKANS}Gulf of Guinea,"4,48","2,04"\n`);
    expect(outside.report.rejected[0]).toMatchObject({ row: 6, field: 'lat' });
    expect(outside.report.rejected[0]?.reason).toContain("decimal comma; '4,48' read as 4.48, the point (4.48° N, 2.04° E) would lie outside the area this file covers");
  });

  it('judges each point of a GeoJSON MultiPoint on its own', () => {
    const feature = (coordinates: number[][]) => ({ type: 'Feature', properties: { name: 'm' }, geometry: { type: 'MultiPoint', coordinates } });
    const points = [[20.45, 44.81], [15.98, 45.81], [21.42, 41.99]].map((c, i) => ({ type: 'Feature', properties: { name: `p${i}` }, geometry: { type: 'Point', coordinates: c } }));
    const json = { type: 'FeatureCollection', features: [...points, feature([[20, 44], [19, 95]])] };
    const parsed = importFile('multi.geojson', new TextEncoder().encode(JSON.stringify(json)), { pointKind: 'hub' });
    expect(parsed.report.rejected).toHaveLength(1);
    expect(parsed.report.rejected[0]).toMatchObject({ row: 4, field: 'geometry' });
    expect(parsed.report.rejected[0]?.reason).toContain('latitude 95 is out of range');
    expect(parsed.entities.hubs.filter((h) => h.name === 'm').map((h) => h.coord)).toEqual([[20, 44]]);
  });
});

/** The area a file's clean points give, computed here from the rule as documented. */
function expectedArea(clean: [number, number][]): LonLatBox {
  if (clean.length < MIN_AREA_POSITIONS) return DATA_REGION;
  const lons = clean.map(([lon]) => lon);
  const lats = clean.map(([, lat]) => lat);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const padLon = Math.max(AREA_PAD_MIN_DEGREES, (east - west) * AREA_PAD_SHARE);
  const padLat = Math.max(AREA_PAD_MIN_DEGREES, (north - south) * AREA_PAD_SHARE);
  return { west: west - padLon, east: east + padLon, south: south - padLat, north: north + padLat };
}

const tenThousandths = (min: number, max: number) => fc.integer({ min: min * 10_000, max: max * 10_000 }).map((n) => n / 10_000);

describe('property: a repaired point lies inside the file’s area or the data region', () => {
  it('holds for random files of clean points and rows whose latitude is out of range', () => {
    const clean = fc.array(fc.tuple(tenThousandths(-170, 170), tenThousandths(-80, 80)), { maxLength: 6 });
    const swappable = fc.array(fc.tuple(fc.oneof(tenThousandths(90.0001, 180), tenThousandths(-180, -90.0001)), tenThousandths(-90, 90)), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(clean, swappable, (points, odd) => {
        const rows = [...points.map(([lon, lat], i) => `c${i},${lat},${lon}`), ...odd.map(([lat, lon], i) => `s${i},${lat},${lon}`)];
        const parsed = csv('random.csv', `name,lat,lon\n${rows.join('\n')}\n`);
        const area = expectedArea(points);
        const swapped = parsed.entities.hubs.filter((h) => h.name.startsWith('s'));
        for (const hub of swapped) expect(inBox(hub.coord, area), `${hub.name} at ${hub.coord.join(', ')}`).toBe(true);
        // Every odd row is either kept as a repair or rejected with the reason: none is lost silently.
        expect(swapped.length + parsed.report.rejected.length).toBe(odd.length);
        expect(parsed.report.repaired).toHaveLength(swapped.length);
        for (const rejected of parsed.report.rejected) expect(rejected.reason).toMatch(/would lie outside .*: rejected$/);
      }),
      { numRuns: 300 },
    );
  });
});
