/** What the detail panel and tooltip say about a segment: a leg of a corridor, or a schematic route-level flow. */
import { formatMonthLong, formatMonthShort, inPeriod, monthIndex, type MonthKey } from '../../domain/month';
import type { Crossing, Dataset, FlowSeries, LonLat, RouteSegment, Source } from '../../domain/types';
import { flowValueAt, seriesUnit } from '../../domain/flows';
import { statusPhrase } from '../../domain/crossing-status';
import { corridorCountries, corridorLengthSeries, countriesAlong, pathLengthKm, type CountryFeatures } from '../../domain/geometry-analytics';
import { countryName } from '../../domain/change';
import { formatNumber } from '../../domain/format-number';
import type { DetailRow, EntityDetails } from './entity-details';
import { period, placeName, pricesFor } from './detail-text';

/** The panel and tooltip line of a route context leg. */
export const ROUTE_CONTEXT_TEXT =
  'Frontex counts no border crossing on this leg (e.g. inside Greece after the sea crossing, inside Schengen); no figure is drawn.';

/** "Europol", "Europol and UNODC": who reports a series' figure (publisher, else title). */
function reporters(dataset: Dataset, series: FlowSeries): string {
  const byKey = new Map(dataset.sources.map((s) => [s.key, s]));
  const names = [...new Set(series.sources.map((k) => byKey.get(k)).filter((s): s is Source => !!s).map((s) => s.publisher ?? s.title))];
  return names.length ? names.join(' and ') : series.sources.join(', ') || 'its source';
}

/** The month's figure of a segment's series, with what it is a figure of. */
function figureText(dataset: Dataset, series: FlowSeries, scope: NonNullable<RouteSegment['volume']>['scope'], value: number | null): string {
  if (value === null) return 'no figure';
  const amount = `${formatNumber(value)} ${seriesUnit(series)}`;
  switch (scope) {
    case 'corridor':
      // The row's label names the series.
      return `${amount} — the corridor's own figure, reported by ${reporters(dataset, series)}; not a Frontex route total`;
    case 'segment':
      return `${amount} (this segment's own figure)`;
    default:
      return `${amount} (whole route, not this segment's share)`;
  }
}

const distanceKm = ([lon1, lat1]: LonLat, [lon2, lat2]: LonLat) => {
  const rad = Math.PI / 180;
  const x = (lon2 - lon1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  return Math.hypot(x, (lat2 - lat1) * rad) * 6371;
};

/** The crossing a leg passes irregularly: one of its ends, else the nearest crossing to its path within 30 km. */
function crossingNear(dataset: Dataset, s: RouteSegment): Crossing | undefined {
  const end = dataset.crossings.find((c) => c.id === s.toPlaceId) ?? dataset.crossings.find((c) => c.id === s.fromPlaceId);
  if (end) return end;
  let best: Crossing | undefined;
  let bestKm = 30;
  for (const c of dataset.crossings) {
    for (const point of s.path) {
      const km = distanceKm(point, c.coord);
      if (km <= bestKm) [best, bestKm] = [c, km];
    }
  }
  return best;
}

/** "Crosses the border irregularly near Horgoš – Röszke (closed for transit in these months)". */
function irregularRemark(dataset: Dataset, s: RouteSegment): string {
  const crossing = crossingNear(dataset, s);
  if (!crossing) return 'Crosses the border irregularly (not through a checkpoint).';
  const from = monthIndex(s.active.from);
  const to = monthIndex(s.active.to);
  const statuses = [
    ...new Set(crossing.statusPeriods.filter((p) => monthIndex(p.from) <= to && monthIndex(p.to) >= from && p.status !== 'unrecorded').map((p) => statusPhrase(p.status))),
  ];
  return `Crosses the border irregularly near ${crossing.name}${statuses.length ? ` (${statuses.join(' / ')} in these months)` : ''}.`;
}

export function segmentDetails(dataset: Dataset, s: RouteSegment, month: MonthKey, countries: CountryFeatures | null | undefined): EntityDetails {
  if (s.schematic) return routeFlowDetails(dataset, s, month);
  const corridor = dataset.corridors.find((c) => c.id === s.corridorId);
  const series = s.volume ? dataset.flows.find((f) => f.id === s.volume?.seriesId) : undefined;
  const value = series ? flowValueAt(series, month) : null;
  const rows: DetailRow[] = [
    { label: 'Corridor', value: corridor ? `${corridor.id}: ${corridor.name}` : s.corridorId },
    { label: 'Mode', value: s.mode === 'unknown' ? 'not stated in the source' : s.mode },
    { label: 'Active', value: `${period(s.active)}${inPeriod(month, s.active) ? '' : ' (not active this month)'}` },
    { label: 'Confidence', value: s.confidence },
  ];
  // A straight line between two places says nothing of the way taken: no length or countries from it.
  if (!s.straightLine) rows.push({ label: 'Length as drawn', value: `${formatNumber(Math.round(pathLengthKm(s.path)))} km` });
  if (countries && !s.straightLine) {
    const along = countriesAlong(s.path, countries);
    if (along.length) rows.push({ label: 'Countries along', value: along.map(countryName).join(' → ') });
}
if (corridor && !s.straightLine && inPeriod(month, corridor.active)) {
  const series = corridorLengthSeries(dataset, corridor.id);
  const now = series.find((p) => p.month === month);
  if (now && countries) {
    const through = corridorCountries(dataset, corridor.id, month, countries);
    if (through.length) rows.push({ label: `Corridor ${corridor.id} passes through`, value: through.map(countryName).join(' → ') });
  }
  if (now) {
    const change = Math.round(now.changeKm);
    rows.push({
      label: `Corridor ${corridor.id} as drawn, ${formatMonthShort(month)}`,
      value: `${formatNumber(Math.round(now.km))} km${change ? ` (${change > 0 ? '+' : ''}${formatNumber(change)} km since ${formatMonthShort(series[0]?.month ?? month)})` : ''}`,
    });
  }
}
// Route context: no figure is drawn, so none is given either.
const figureSeries = s.context ? undefined : series;
const figureLabel = figureSeries ? `${figureSeries.name}, ${formatMonthLong(month)}` : undefined;
if (s.context) rows.unshift({ label: 'Route context', value: ROUTE_CONTEXT_TEXT });
if (figureSeries && figureLabel) rows.push({ label: figureLabel, value: figureText(dataset, figureSeries, s.volume?.scope ?? 'route-total', value) });
const caveats: string[] = [];
if (s.approximate) caveats.push('An end of this segment is not an exact location (approximate or a town standing in).');
if (s.straightLine) caveats.push(STRAIGHT_LINE_CAVEAT);
return {
  ...(figureLabel ? { keyLabel: figureLabel } : s.context ? { keyLabel: 'Route context' } : {}),
  kindLabel: s.mode === 'boat' ? 'Sea leg' : s.context ? 'Route context' : 'Route segment',
  title: `${placeName(dataset, s.fromPlaceId)} → ${placeName(dataset, s.toPlaceId)}`,
  rows,
  caveats,
  remarks: s.irregularCrossing ? [irregularRemark(dataset, s)] : [],
  sources: [...new Set([...s.sources, ...(figureSeries?.sources ?? [])])],
  // A straight-line flow's own notes carry what its file said (e.g. a total with no dates).
  ...(s.straightLine && s.notes ? { notes: s.notes } : corridor?.notes ? { notes: corridor.notes } : {}),
  prices: pricesFor(dataset, [s.fromPlaceId, s.toPlaceId]).filter((p) => p.fromPlaceId === s.fromPlaceId || p.toPlaceId === s.toPlaceId),
};
}

export const STRAIGHT_LINE_CAVEAT = 'Drawn as a straight line between its two places: the data gives only where the flow starts and ends, not the way taken.';

export const SCHEMATIC_CAVEAT = 'Schematic route-level flow: geometry shows departure and arrival areas, not a path.';

/** A schematic route-level flow: the route's figure for the month, with what its line does not say. */
function routeFlowDetails(dataset: Dataset, s: RouteSegment, month: MonthKey): EntityDetails {
  const corridor = dataset.corridors.find((c) => c.id === s.corridorId);
  const series = s.volume ? dataset.flows.find((f) => f.id === s.volume?.seriesId) : undefined;
  const value = series ? flowValueAt(series, month) : null;
  const keyLabel = series ? `${series.name}, ${formatMonthLong(month)}` : undefined;
  const rows: DetailRow[] = [
    ...(series && keyLabel ? [{ label: keyLabel, value: value === null ? 'no figure' : `${formatNumber(value)} ${series.unit} (Frontex, whole route)` }] : []),
    { label: 'Departure area', value: placeName(dataset, s.fromPlaceId) },
    { label: 'Arrival area', value: placeName(dataset, s.toPlaceId) },
    ...(corridor?.frontexRoute ? [{ label: 'Frontex route', value: corridor.frontexRoute }] : []),
    { label: 'Shown', value: `${period(s.active)}${inPeriod(month, s.active) ? '' : ' (not this month)'}` },
    { label: 'Confidence', value: s.confidence },
  ];
  return {
    ...(keyLabel ? { keyLabel } : {}),
    kindLabel: 'Route-level flow (schematic)',
    title: corridor?.name ?? s.corridorId,
    rows,
    remarks: [],
    caveats: [SCHEMATIC_CAVEAT, 'Width: the month\'s Frontex detections on the whole route, on the same scale as the corridors.'],
    sources: [...new Set([...s.sources, ...(series?.sources ?? [])])],
    ...(s.notes || corridor?.notes ? { notes: s.notes ?? corridor?.notes } : {}),
    prices: [],
  };
}
