/** What the detail panel and tooltip say about an area: its months, its size, where it comes from. */
import { area as geodesicArea } from '@turf/turf';
import type { Area } from '../../domain/types';
import { formatNumber } from '../../domain/format-number';
import type { EntityDetails } from './entity-details';
import { confidenceText, period } from './detail-text';
import { t } from '../../domain/i18n';

/** The "Shown" value of an area without dates. */
export const noDatesText = () => t('details.noDates');

/** The area's surface in km² (turf: on the sphere, holes subtracted). */
export function areaKm2(a: Area): number {
  return geodesicArea({ type: 'MultiPolygon', coordinates: a.polygons }) / 1e6;
}

function sizeText(km2: number): string {
  // Camps are a fraction of a km²: two significant figures, never "0 km²".
  const rounded = km2 >= 100 ? Math.round(km2) : Number(km2.toPrecision(2));
  return formatNumber(rounded);
}

export function areaDetails(_dataset: unknown, a: Area): EntityDetails {
  const parts = a.polygons.length;
  return {
    kindLabel: t('details.kindArea'),
    keyLabel: t('details.rowShown'),
    title: a.name,
    rows: [
      { label: t('details.rowShown'), value: a.active ? period(a.active) : noDatesText() },
      { label: t('details.rowSize'), value: parts > 1 ? t('details.sizeInParts', { size: sizeText(areaKm2(a)), parts }) : t('details.size', { size: sizeText(areaKm2(a)) }) },
      ...(a.countries?.length ? [{ label: t('details.rowCountry'), value: a.countries.join(', ') }] : []),
      { label: t('details.rowConfidence'), value: confidenceText(a.confidence) },
    ],
    caveats: a.illustrative ? [t('details.areaIllustrative')] : [],
    remarks: [],
    sources: a.sources,
    ...(a.notes ? { notes: a.notes } : {}),
    prices: [],
  };
}
