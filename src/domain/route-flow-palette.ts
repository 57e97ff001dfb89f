/**
 * Colours of the schematic route-level flows, by region. Deliberately not the corridors' Okabe–Ito
 * colours (those name corridors): a darker, muted set after Paul Tol's colour-blind-safe "muted"
 * scheme, drawn translucent, so a flow never reads as a corridor. Shape says "schematic" too (arrow
 * heads, a dashed centre line), so colour is never the only cue.
 */
import { t } from './i18n/translate';
import type { RGBA } from './palette';
import type { Dataset, Region } from './types';

export const ROUTE_FLOW_REGION_COLORS: Record<Region, RGBA> = {
  'Western Balkans': [136, 34, 85, 255], // wine
  'Eastern Mediterranean': [51, 34, 136, 255], // indigo
  'Central Mediterranean': [17, 119, 51, 255], // green
  'Western Mediterranean': [134, 120, 20, 255], // dark olive (Tol's olive is too pale over the sea)
  Other: [96, 96, 128, 255], // slate
};

/** Alpha of the flow's band; the centre line and arrow head are stronger. */
export const ROUTE_FLOW_BAND_ALPHA = 125;
export const ROUTE_FLOW_ARROW_ALPHA = 190;

export function routeFlowColor(region: Region | undefined): RGBA {
  return ROUTE_FLOW_REGION_COLORS[region ?? 'Other'] ?? ROUTE_FLOW_REGION_COLORS.Other;
}

export function routeFlowLegend(): string {
  return t('routeFlow.legend');
}

/** The schematic flows' regions (in data order) with their colours; only those of `shownCorridors` when given. */
export function routeFlowRegions(dataset: Pick<Dataset, 'corridors'>, shownCorridors?: ReadonlySet<string>): { region: Region; color: RGBA }[] {
  const regions = new Map<Region, RGBA>();
  for (const c of dataset.corridors) {
    if (!c.schematic || (shownCorridors && !shownCorridors.has(c.id))) continue;
    if (!regions.has(c.region)) regions.set(c.region, routeFlowColor(c.region));
  }
  return [...regions].map(([region, color]) => ({ region, color }));
}
