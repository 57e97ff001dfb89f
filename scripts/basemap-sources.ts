/** Reads the basemap's source files (Natural Earth copies and world-atlas), for the build and its test. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { BasemapSources } from '../src/data/build/basemap/index';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export function readBasemapSources(root: string): BasemapSources {
  const ne = (name: string) => readJson<FeatureCollection>(join(root, 'data/sources/natural-earth', `${name}.bbox_-20_25_45_55.geojson`));
  const require = createRequire(import.meta.url);
  return {
    neCountries: ne('ne_50m_admin_0_countries'),
    neBoundaryLines: ne('ne_50m_admin_0_boundary_lines_land'),
    neRivers: ne('ne_50m_rivers_lake_centerlines'),
    neLakes: ne('ne_50m_lakes'),
    nePlaces50m: ne('ne_50m_populated_places_simple'),
    nePlaces10m: ne('ne_10m_populated_places_simple'),
    // NE 5.0 50m first (German, Greek, Italian names), then NE 4.0 10m (German only)
    placeNameGazetteers: [ne('ne_50m_populated_places.v5.names'), ne('ne_10m_populated_places.names')],
    worldCountries50m: readJson<Topology>(require.resolve('world-atlas/countries-50m.json')),
  };
}
