/** What the detail panel and tooltip say about an area: its months, its size, where it comes from. */
import { area as geodesicArea } from '@turf/turf';
import type { Area } from '../../domain/types';
import { formatNumber } from '../../domain/format-number';
import type { EntityDetails } from './entity-details';
import { period } from './detail-text';

export const NO_DATES_TEXT = 'no dates given: shown in every month';

/** The area's surface in km² (turf: on the sphere, holes subtracted). */
export function areaKm2(a: Area): number {
  return geodesicArea({ type: 'MultiPolygon', coordinates: a.polygons }) / 1e6;
}

function sizeText(km2: number): string {
  // Camps are a fraction of a km²: two significant figures, never "0 km²".
  const rounded = km2 >= 100 ? Math.round(km2) : Number(km2.toPrecision(2));
  return `${formatNumber(rounded)} km²`;
}

export function areaDetails(_dataset: unknown, a: Area): EntityDetails {
  const parts = a.polygons.length;
  return {
    kindLabel: 'Area',
    keyLabel: 'Shown',
    title: a.name,
    rows: [
      { label: 'Shown', value: a.active ? period(a.active) : NO_DATES_TEXT },
      { label: 'Size', value: `${sizeText(areaKm2(a))}${parts > 1 ? ` in ${parts} parts` : ''}` },
      ...(a.countries?.length ? [{ label: 'Country', value: a.countries.join(', ') }] : []),
      { label: 'Confidence', value: a.confidence },
    ],
    caveats: a.illustrative ? ['Illustrative: not taken from a source.'] : [],
    remarks: [],
    sources: a.sources,
    ...(a.notes ? { notes: a.notes } : {}),
    prices: [],
  };
}
