/**
 * Colours of the schematic route-level flows, by region. Deliberately not the corridors' Okabe–Ito
 * colours (those name corridors): a darker, muted set after Paul Tol's colour-blind-safe "muted"
 * scheme, drawn translucent, so a flow never reads as a corridor. Shape says "schematic" too (arrow
 * heads, a dashed centre line), so colour is never the only cue.
 */
import type { RGBA } from './palette';
import type { Region } from './types';

export const ROUTE_FLOW_REGION_COLORS: Record<Region, RGBA> = {
  'Western Balkans': [136, 34, 85, 255], // wine
  'Eastern Mediterranean': [51, 34, 136, 255], // indigo
  'Central Mediterranean': [17, 119, 51, 255], // green
  'Western Mediterranean': [153, 153, 51, 255], // olive
  Other: [96, 96, 128, 255], // slate
};

/** Alpha of the flow's band; the centre line and arrow head are stronger. */
export const ROUTE_FLOW_BAND_ALPHA = 96;
export const ROUTE_FLOW_ARROW_ALPHA = 170;

export function routeFlowColor(region: Region | undefined): RGBA {
  return ROUTE_FLOW_REGION_COLORS[region ?? 'Other'] ?? ROUTE_FLOW_REGION_COLORS.Other;
}
