/**
 * What the drawn legend lists: corridor colours, what line style and width mean, and the symbols,
 * each only when its layer is visible. Pure data; draw-overlay.ts paints it.
 */
import { CROSSING_STATUS_ORDER, CROSSING_STATUS_TEXT, crossingIconName, END_UNKNOWN_LEGEND } from '../../domain/crossing-status';
import type { CrossingStatus } from '../../domain/types';
import { AREA_FILL_COLOR, AREA_LINE_COLOR, corridorColor, corridorFamily, CROSSING_STATUS_COLORS, HUB_COLOR, INCIDENT_COLOR, SAFE_HOUSE_COLOR, type RGBA } from '../../domain/palette';
import type { Dataset } from '../../domain/types';
import type { LayerVisibility } from '../../domain/layers';
import { formatNumber } from '../../domain/format-number';
import { ROUTE_FLOW_LEGEND, routeFlowColor, routeFlowRegions } from '../../domain/route-flow-palette';

export type LegendMark =
  | { kind: 'swatch'; color: RGBA }
  | { kind: 'line'; style: 'solid' | 'dashed' | 'wide' | 'dotted' }
  /** A schematic route-level flow (band, dashed centre line, arrow head). */
  | { kind: 'flow'; color: RGBA }
  | { kind: 'icon'; icon: string; color: RGBA }
  /** An area: translucent fill, outline. */
  | { kind: 'area'; fill: RGBA; line: RGBA }
  | { kind: 'dot'; color: RGBA; hollow: boolean };

export interface LegendEntry {
  mark: LegendMark;
  label: string;
  /** A shorter wording for a legend on a projected screen (the presenter), where every line costs map. */
  short?: string;
}

/**
 * What a picture shows, when known: the corridors with a segment drawn, the crossing statuses drawn
 * (`null`: not known, list them all) and whether a crossing's status end is unconfirmed, and the
 * kinds of point drawn. Left out, every entry of a visible layer is listed.
 */
export interface ShownOnMap {
  corridors: ReadonlySet<string>;
  crossingStatuses?: ReadonlySet<string> | null;
  endUnknown?: boolean;
  kinds?: ReadonlySet<string>;
}

/** The schematic route-level flows: what they are, then a colour per region shown. */
function routeFlowEntries(dataset: Dataset, shownCorridors?: ReadonlySet<string>): LegendEntry[] {
  const regions = routeFlowRegions(dataset, shownCorridors);
  if (regions.length === 0) return [];
  return [
    { mark: { kind: 'flow', color: regions[0]?.color ?? routeFlowColor(undefined) }, label: ROUTE_FLOW_LEGEND, short: 'Route-level flow (schematic), width = Frontex detections' },
    ...regions.map(({ region, color }): LegendEntry => ({ mark: { kind: 'flow', color }, label: `Route-level flow: ${region === 'Other' ? 'other routes' : region}`, short: region === 'Other' ? 'Other routes' : region })),
  ];
}

/** A crossing status in two words, for the presenter's compact legend (the full wording is its tooltip). */
const CROSSING_STATUS_SHORT: Record<CrossingStatus, string> = {
  open: 'open',
  restricted: 'restricted',
  closed: 'closed for transit',
  controls: 'border checks',
  fenced: 'fenced border',
  unrecorded: 'status unknown',
};

/**
 * `shown`: what the picture shows; when given, only its corridors' colours, its crossing statuses
 * and its kinds of point are listed (a picture's legend explains what is in the picture).
 */
export function legendEntries(dataset: Dataset, layers: LayerVisibility, maxVolume: number, shown?: ShownOnMap): LegendEntry[] {
  const entries: LegendEntry[] = [];
  const shownCorridors = shown?.corridors;
  const hasKind = (kind: string) => !shown?.kinds || shown.kinds.has(kind);
  if (layers.segments) {
    const families = new Map<string, string>();
    for (const c of dataset.corridors) {
      if (c.schematic || (shownCorridors && !shownCorridors.has(c.id))) continue;
      if (!families.has(corridorFamily(c.id))) families.set(corridorFamily(c.id), c.name.replace(/\s*\(.*\)\s*$/, ''));
    }
    for (const [family, name] of families) entries.push({ mark: { kind: 'swatch', color: corridorColor(family) }, label: `${family} ${name}` });
    entries.push({ mark: { kind: 'line', style: 'solid' }, label: 'Land leg' });
    entries.push({ mark: { kind: 'line', style: 'dashed' }, label: 'Sea leg' });
    entries.push({ mark: { kind: 'line', style: 'wide' }, label: `Width: Frontex detections on the whole route that month (√ scale, widest ${formatNumber(maxVolume)}); no width: route context`, short: `Width: Frontex detections (√, widest ${formatNumber(maxVolume)}); thin: no figure` });
    if (dataset.segments.some((s) => s.context)) entries.push({ mark: { kind: 'line', style: 'dotted' }, label: 'Route context: no border crossing counted, no figure', short: 'Route context, no figure' });
  }
  if (layers.crossings && hasKind('crossing')) {
    const statuses = shown?.crossingStatuses;
    for (const status of CROSSING_STATUS_ORDER) {
      if (statuses && !statuses.has(status)) continue;
      const label = `Crossing: ${CROSSING_STATUS_TEXT[status].legend.replace(/^[A-Z]/, (c) => c.toLowerCase())}`;
      entries.push({ mark: { kind: 'icon', icon: crossingIconName(status), color: CROSSING_STATUS_COLORS[status] }, label, short: `Crossing: ${CROSSING_STATUS_SHORT[status]}` });
    }
    const endUnknown = shown?.endUnknown ?? dataset.crossings.some((c) => c.statusPeriods.some((p) => p.endUnknown));
    if (endUnknown) {
      entries.push({ mark: { kind: 'icon', icon: crossingIconName('closed', true), color: CROSSING_STATUS_COLORS.closed }, label: END_UNKNOWN_LEGEND, short: 'Faded ring: end unknown' });
    }
  }
  if (layers.routeFlows) entries.push(...routeFlowEntries(dataset, shownCorridors));
  if (layers.hubs && hasKind('hub')) entries.push({ mark: { kind: 'dot', color: HUB_COLOR, hollow: false }, label: 'Hub, camp, landing (hollow: approximate)' });
  if (layers.safeHouses && hasKind('safeHouse')) entries.push({ mark: { kind: 'icon', icon: 'safe-house', color: SAFE_HOUSE_COLOR }, label: 'Safe house (illustrative)' });
  if (layers.incidents && hasKind('incident')) entries.push({ mark: { kind: 'dot', color: INCIDENT_COLOR, hollow: false }, label: 'Incident, size by dead and missing (IOM)' });
  if (layers.areas && dataset.areas?.length && hasKind('area')) entries.push({ mark: { kind: 'area', fill: AREA_FILL_COLOR, line: AREA_LINE_COLOR }, label: 'Area (border zone, camp, operation area, district)' });
  return entries;
}
