/** Small pieces of detail text that several kinds' entries share. */
import { formatMonthShort } from '../../domain/month';
import type { Dataset, Period, Price } from '../../domain/types';

export const period = (p: Period) => `${formatMonthShort(p.from)} – ${formatMonthShort(p.to)}`;
export const COORD_CAVEAT: Record<string, string> = {
  approximate: 'Location is approximate (not an exact point in the source).',
  'town-substitute': 'Location is a town standing in for this place; the place itself is not located.',
};

/** "Location: …" for an approximate place whose data says how its coordinate was derived. */
export function derivationRemark(place: { coordDerivation?: string }): string[] {
  return place.coordDerivation ? [`Location: ${place.coordDerivation}`] : [];
}

export function placeName(dataset: Dataset, id: string): string {
  return dataset.hubs.find((h) => h.id === id)?.name ?? dataset.crossings.find((c) => c.id === id)?.name ?? id;
}

export function pricesFor(dataset: Dataset, placeIds: string[]): Price[] {
  return dataset.prices.filter((p) => (p.fromPlaceId && placeIds.includes(p.fromPlaceId)) || (p.toPlaceId && placeIds.includes(p.toPlaceId)));
}
