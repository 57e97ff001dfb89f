/** Small pieces of detail text that several kinds' entries share. */
import { formatMonthShort } from '../../domain/month';
import type { Dataset, Period, Price } from '../../domain/types';
import { t } from '../../domain/i18n';

export const period = (p: Period) => t('details.period', { from: formatMonthShort(p.from), to: formatMonthShort(p.to) });

/** The caveat of a place whose coordinate is not exact; none for a confirmed one. */
export function coordCaveats(coordStatus: string): string[] {
  if (coordStatus === 'approximate') return [t('details.coordApproximate')];
  if (coordStatus === 'town-substitute') return [t('details.coordTownSubstitute')];
  return [];
}

/** A confidence level of the format ('high', 'medium', 'low') in the active language. */
export const confidenceText = (level: string) => t('details.confidenceLevel', { level });

/** "Location: …" for an approximate place whose data says how its coordinate was derived. */
export function derivationRemark(place: { coordDerivation?: string }): string[] {
  return place.coordDerivation ? [t('details.locationRemark', { derivation: place.coordDerivation })] : [];
}

export function placeName(dataset: Dataset, id: string): string {
  return dataset.hubs.find((h) => h.id === id)?.name ?? dataset.crossings.find((c) => c.id === id)?.name ?? id;
}

export function pricesFor(dataset: Dataset, placeIds: string[]): Price[] {
  return dataset.prices.filter((p) => (p.fromPlaceId && placeIds.includes(p.fromPlaceId)) || (p.toPlaceId && placeIds.includes(p.toPlaceId)));
}
