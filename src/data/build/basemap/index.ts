/**
 * The whole basemap build as one pure function: parsed sources in, the JSON documents for
 * public/basemap/ out (scripts/build-basemap.ts does the file I/O).
 */
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { PlaceLabel } from '../../../domain/place-label';
import { buildCountries } from './countries';
import type { Box } from './geometry';
import { buildPlaceLabels, declutterLabels, labelCountsByZoom, sortLabels } from './labels';
import { buildBoundaries, buildCoastline, buildLakes, buildRivers } from './lines';
import { placeNameCoverage, withPlaceNames } from './place-names';

export interface BasemapSources {
  neCountries: FeatureCollection;
  neBoundaryLines: FeatureCollection;
  neRivers: FeatureCollection;
  neLakes: FeatureCollection;
  nePlaces50m: FeatureCollection;
  nePlaces10m: FeatureCollection;
  /**
   * Gazetteers for place names in other languages (full NE populated places: NAME_DE, NAME_EL,
   * NAME_IT), the one to prefer first.
   */
  placeNameGazetteers: FeatureCollection[];
  /** world-atlas countries-50m.json (objects `countries` and `land`) */
  worldCountries50m: Topology;
}

export interface BasemapOutput {
  files: {
    'countries.json': FeatureCollection;
    'land-boundaries.json': FeatureCollection;
    'coastline.json': FeatureCollection;
    'rivers.json': FeatureCollection;
    'lakes.json': FeatureCollection;
    'labels.json': PlaceLabel[];
  };
  report: {
    countries: number;
    filledFromWorldAtlas: string[];
    merged: string[];
    boundaryFeatures: number;
    boundaryStretchesAddedFromWorldAtlas: number;
    rivers: number;
    lakes: number;
    labels: number;
    labelsDroppedByDeclutter: number;
    labelsByZoomBeforeDeclutter: Record<string, number>;
    labelsByKind: Record<string, number>;
    labelsByZoom: Record<string, number>;
    /** Per gazetteer language: places with a known name, places drawn differently, of how many. */
    placeNames: Record<string, { known: number; differs: number; of: number }>;
  };
}

export const REPORT_ZOOMS = [2, 3, 3.3, 3.5, 4, 4.5, 5, 5.5, 6, 7, 8];

export function buildBasemap(src: BasemapSources, box: Box): BasemapOutput {
  const countries = buildCountries(src.neCountries, src.worldCountries50m, box);
  const boundaries = buildBoundaries(src.neBoundaryLines, src.worldCountries50m, box);
  const coastline = buildCoastline(src.worldCountries50m, box);
  const rivers = buildRivers(src.neRivers, box);
  const lakes = buildLakes(src.neLakes, box);
  const places = buildPlaceLabels([src.nePlaces10m, src.nePlaces50m], box);
  const allLabels = [...countries.labels, ...places];
  // names in other languages first: the declutter step sizes each label by its longest name
  const labels = sortLabels(declutterLabels(withPlaceNames(allLabels, src.placeNameGazetteers)));
  const labelsByKind: Record<string, number> = {};
  for (const l of labels) labelsByKind[l.kind] = (labelsByKind[l.kind] ?? 0) + 1;
  const fc = (features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });
  return {
    files: {
      'countries.json': fc(countries.features),
      'land-boundaries.json': fc(boundaries.features),
      'coastline.json': fc(coastline),
      'rivers.json': fc(rivers),
      'lakes.json': fc(lakes),
      'labels.json': labels,
    },
    report: {
      countries: countries.features.length,
      filledFromWorldAtlas: countries.filled,
      merged: countries.merged,
      boundaryFeatures: boundaries.features.length,
      boundaryStretchesAddedFromWorldAtlas: boundaries.added,
      rivers: rivers.length,
      lakes: lakes.length,
      labels: labels.length,
      labelsDroppedByDeclutter: allLabels.length - labels.length,
      labelsByZoomBeforeDeclutter: labelCountsByZoom(allLabels, REPORT_ZOOMS),
      labelsByKind,
      labelsByZoom: labelCountsByZoom(labels, REPORT_ZOOMS),
      placeNames: placeNameCoverage(labels, src.placeNameGazetteers),
    },
  };
}
