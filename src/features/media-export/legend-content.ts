/**
 * What the drawn legend lists: corridor colours, what line style and width mean, and the symbols,
 * each only when its layer is visible. Pure data; draw-overlay.ts paints it.
 */
import { CROSSING_STATUS_ORDER, CROSSING_STATUS_TEXT, crossingIconName, endUnknownLegend } from '../../domain/crossing-status';
import type { CrossingStatus } from '../../domain/types';
import { AREA_FILL_COLOR, AREA_LINE_COLOR, corridorColor, corridorFamily, CROSSING_STATUS_COLORS, HUB_COLOR, INCIDENT_COLOR, SAFE_HOUSE_COLOR, type RGBA } from '../../domain/palette';
import type { Dataset } from '../../domain/types';
import type { LayerVisibility } from '../../domain/layers';
import { formatNumber } from '../../domain/format-number';
import { routeFlowColor, routeFlowLegend, routeFlowRegions } from '../../domain/route-flow-palette';
import { activeLocale, t, type MessageKey } from '../../domain/i18n';

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
    { mark: { kind: 'flow', color: regions[0]?.color ?? routeFlowColor(undefined) }, label: routeFlowLegend(), short: t('mediaExport.legendFlowShort') },
    ...regions.map(({ region, color }): LegendEntry => ({ mark: { kind: 'flow', color }, label: region === 'Other' ? t('mediaExport.legendFlowOtherRoutes') : t('mediaExport.legendFlowRegion', { region }), short: region === 'Other' ? t('mediaExport.legendFlowOtherShort') : region })),
  ];
}

/** A crossing status in two words, for the presenter's compact legend (the full wording is its tooltip). */
const CROSSING_STATUS_SHORT: Record<CrossingStatus, MessageKey> = {
  open: 'mediaExport.statusShortOpen',
  restricted: 'mediaExport.statusShortRestricted',
  closed: 'mediaExport.statusShortClosed',
  controls: 'mediaExport.statusShortControls',
  fenced: 'mediaExport.statusShortFenced',
  unrecorded: 'mediaExport.statusShortUnrecorded',
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
    entries.push({ mark: { kind: 'line', style: 'solid' }, label: t('mediaExport.legendLandLeg') });
    entries.push({ mark: { kind: 'line', style: 'dashed' }, label: t('mediaExport.legendSeaLeg') });
    entries.push({ mark: { kind: 'line', style: 'wide' }, label: t('mediaExport.legendWidth', { widest: formatNumber(maxVolume) }), short: t('mediaExport.legendWidthShort', { widest: formatNumber(maxVolume) }) });
    if (dataset.segments.some((s) => s.context)) entries.push({ mark: { kind: 'line', style: 'dotted' }, label: t('mediaExport.legendContext'), short: t('mediaExport.legendContextShort') });
  }
  if (layers.crossings && hasKind('crossing')) {
    const statuses = shown?.crossingStatuses;
    for (const status of CROSSING_STATUS_ORDER) {
      if (statuses && !statuses.has(status)) continue;
      // The status' legend text in lower case after "Crossing:" (in languages with case; others unchanged).
      const statusText = CROSSING_STATUS_TEXT[status].legend.replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase(activeLocale()));
      const label = t('mediaExport.legendCrossing', { status: statusText });
      entries.push({ mark: { kind: 'icon', icon: crossingIconName(status), color: CROSSING_STATUS_COLORS[status] }, label, short: t('mediaExport.legendCrossing', { status: t(CROSSING_STATUS_SHORT[status]) }) });
    }
    const endUnknown = shown?.endUnknown ?? dataset.crossings.some((c) => c.statusPeriods.some((p) => p.endUnknown));
    if (endUnknown) {
      entries.push({ mark: { kind: 'icon', icon: crossingIconName('closed', true), color: CROSSING_STATUS_COLORS.closed }, label: endUnknownLegend(), short: t('mediaExport.legendEndUnknownShort') });
    }
  }
  if (layers.routeFlows) entries.push(...routeFlowEntries(dataset, shownCorridors));
  if (layers.hubs && hasKind('hub')) entries.push({ mark: { kind: 'dot', color: HUB_COLOR, hollow: false }, label: t('mediaExport.legendHub') });
  if (layers.safeHouses && hasKind('safeHouse')) entries.push({ mark: { kind: 'icon', icon: 'safe-house', color: SAFE_HOUSE_COLOR }, label: t('mediaExport.legendSafeHouse') });
  if (layers.incidents && hasKind('incident')) entries.push({ mark: { kind: 'dot', color: INCIDENT_COLOR, hollow: false }, label: t('mediaExport.legendIncident') });
  if (layers.areas && dataset.areas?.length && hasKind('area')) entries.push({ mark: { kind: 'area', fill: AREA_FILL_COLOR, line: AREA_LINE_COLOR }, label: t('mediaExport.legendArea') });
  return entries;
}
