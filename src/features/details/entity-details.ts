/** What the detail panel and tooltip say about an entity: pure, so it is tested in Node. */
import { formatMonthLong, formatMonthShort, inPeriod, monthIndex, type MonthKey } from '../../domain/month';
import type { Crossing, Dataset, FlowSeries, LonLat, Period, Price, RouteSegment, Source } from '../../domain/types';
import { flowValueAt, seriesUnit } from '../../domain/flows';
import { describeStatusAt, statusHistory, statusPhrase } from '../../domain/crossing-status';
import type { ResolvedEntity } from '../../state/selectors';
import { corridorCountries, corridorLengthSeries, countriesAlong, pathLengthKm, type CountryFeatures } from '../../domain/geometry-analytics';
import { countryName } from '../../domain/change';
import { formatNumber } from '../../domain/format-number';

export interface DetailRow {
  label: string;
  value: string;
}

/** One line of a crossing's status history in the panel. */
export interface StatusHistoryRow {
  /** "9 Mar 2016 – 18 May 2016" or "9 Mar 2016 – end unknown". */
  when: string;
  /** "closed for transit", with "(last confirmed May 2016)" when the end is unknown. */
  status: string;
  endUnknown: boolean;
  /** The month shown is in this entry. */
  current: boolean;
  /** The note and confidence of the period(s), when the data gives them. */
  notes: string[];
  confidence?: string;
  sources: { key: string; title: string }[];
}

export interface EntityDetails {
  kindLabel: string;
  title: string;
  rows: DetailRow[];
  /** Shown prominently: illustrative entities and approximate locations. */
  caveats: string[];
  /**
   * What the map cannot say by itself (route context, an irregular crossing, how an approximate
   * place was located): shown in the panel and, first ones, in the tooltip.
   */
  remarks: string[];
  /** A crossing's full status history, oldest first. */
  statusHistory?: StatusHistoryRow[];
  sources: string[];
  notes?: string;
  prices: Price[];
  /** The row a tooltip shows: the month's figure or state. */
  keyLabel?: string;
}

const number = formatNumber;
const period = (p: Period) => `${formatMonthShort(p.from)} – ${formatMonthShort(p.to)}`;
const COORD_CAVEAT: Record<string, string> = {
  approximate: 'Location is approximate (not an exact point in the source).',
  'town-substitute': 'Location is a town standing in for this place; the place itself is not located.',
};

/** The panel and tooltip line of a route context leg. */
export const ROUTE_CONTEXT_TEXT =
  'Frontex counts no border crossing on this leg (e.g. inside Greece after the sea crossing, inside Schengen); no figure is drawn.';

/** "Location: …" for an approximate place whose data says how its coordinate was derived. */
function derivationRemark(place: { coordDerivation?: string }): string[] {
  return place.coordDerivation ? [`Location: ${place.coordDerivation}`] : [];
}

/** "Europol", "Europol and UNODC": who reports a series' figure (publisher, else title). */
function reporters(dataset: Dataset, series: FlowSeries): string {
  const byKey = new Map(dataset.sources.map((s) => [s.key, s]));
  const names = [...new Set(series.sources.map((k) => byKey.get(k)).filter((s): s is Source => !!s).map((s) => s.publisher ?? s.title))];
  return names.length ? names.join(' and ') : series.sources.join(', ') || 'its source';
}

/** The month's figure of a segment's series, with what it is a figure of. */
function figureText(dataset: Dataset, series: FlowSeries, scope: NonNullable<RouteSegment['volume']>['scope'], value: number | null): string {
  if (value === null) return 'no figure';
  const amount = `${number(value)} ${seriesUnit(series)}`;
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

/** "high", or "high; low after the last confirmation" when the unconfirmed part is graded apart. */
function confidenceText(confirmed: string | undefined, unknownPart: string | undefined): string {
  if (!unknownPart || unknownPart === confirmed) return confirmed ?? '';
  return `${confirmed ?? 'not given'}; ${unknownPart} after the last confirmation`;
}

function historyRows(dataset: Dataset, crossing: Crossing, month: MonthKey): StatusHistoryRow[] {
  const titles = new Map(dataset.sources.map((s) => [s.key, s.title]));
  return statusHistory(crossing).map((e) => ({
    when: `${e.fromText} – ${e.toText}`,
    status: `${statusPhrase(e.status)}${e.lastConfirmed ? ` (last confirmed ${e.lastConfirmed})` : ''}`,
    endUnknown: e.endUnknown,
    current: inPeriod(month, e.months),
    notes: e.notes,
    ...(e.confidence || e.unknownPartConfidence ? { confidence: confidenceText(e.confidence, e.unknownPartConfidence) } : {}),
    sources: e.sources.map((key) => ({ key, title: titles.get(key) ?? 'not listed in the dataset' })),
  }));
}

function placeName(dataset: Dataset, id: string): string {
  return dataset.hubs.find((h) => h.id === id)?.name ?? dataset.crossings.find((c) => c.id === id)?.name ?? id;
}

function pricesFor(dataset: Dataset, placeIds: string[]): Price[] {
  return dataset.prices.filter((p) => (p.fromPlaceId && placeIds.includes(p.fromPlaceId)) || (p.toPlaceId && placeIds.includes(p.toPlaceId)));
}

export function entityDetails(dataset: Dataset, resolved: ResolvedEntity, month: MonthKey, countries?: CountryFeatures | null): EntityDetails {
  switch (resolved.kind) {
    case 'segment': {
      const s = resolved.entity;
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
      rows.push({ label: 'Length as drawn', value: `${formatNumber(Math.round(pathLengthKm(s.path)))} km` });
      if (countries) {
        const along = countriesAlong(s.path, countries);
        if (along.length) rows.push({ label: 'Countries along', value: along.map(countryName).join(' → ') });
      }
      if (corridor && inPeriod(month, corridor.active)) {
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
      if (s.schematic) caveats.push('Drawn schematically from the departure to the arrival area, not along a path.');
      return {
        ...(figureLabel ? { keyLabel: figureLabel } : s.context ? { keyLabel: 'Route context' } : {}),
        kindLabel: s.mode === 'boat' ? 'Sea leg' : s.context ? 'Route context' : 'Route segment',
        title: `${placeName(dataset, s.fromPlaceId)} → ${placeName(dataset, s.toPlaceId)}`,
        rows,
        caveats,
        remarks: s.irregularCrossing ? [irregularRemark(dataset, s)] : [],
        sources: [...new Set([...s.sources, ...(figureSeries?.sources ?? [])])],
        ...(corridor?.notes ? { notes: corridor.notes } : {}),
        prices: pricesFor(dataset, [s.fromPlaceId, s.toPlaceId]).filter((p) => p.fromPlaceId === s.fromPlaceId || p.toPlaceId === s.toPlaceId),
      };
    }
    case 'crossing': {
      const c = resolved.entity;
      return {
        keyLabel: `Status, ${formatMonthLong(month)}`,
        kindLabel: 'Border crossing',
        title: c.name,
        rows: [
          { label: 'Countries', value: c.countries.join(' – ') },
          { label: `Status, ${formatMonthLong(month)}`, value: describeStatusAt(c, month, dataset.months.from) },
          ...(c.description ? [{ label: 'Important periods', value: c.description }] : []),
          { label: 'Confidence', value: c.confidence },
        ],
        caveats: COORD_CAVEAT[c.coordStatus] ? [COORD_CAVEAT[c.coordStatus] as string] : [],
        remarks: derivationRemark(c),
        statusHistory: historyRows(dataset, c, month),
        sources: [...new Set([...c.sources, ...c.statusPeriods.flatMap((p) => p.sources)])],
        ...(c.notes ? { notes: c.notes } : {}),
        prices: pricesFor(dataset, [c.id]),
      };
    }
    case 'hub': {
      const h = resolved.entity;
      return {
        kindLabel: h.kind === 'hub' ? 'Hub' : h.kind[0]?.toUpperCase() + h.kind.slice(1),
        title: h.name,
        rows: [
          { label: 'Country', value: h.countries.join(', ') },
          ...(h.description ? [{ label: 'Role', value: h.description }] : []),
          { label: 'Confidence', value: h.confidence },
        ],
        caveats: COORD_CAVEAT[h.coordStatus] ? [COORD_CAVEAT[h.coordStatus] as string] : [],
        remarks: derivationRemark(h),
        sources: h.sources,
        ...(h.notes ? { notes: h.notes } : {}),
        prices: pricesFor(dataset, [h.id]),
      };
    }
    case 'safeHouse': {
      const s = resolved.entity;
      return {
        kindLabel: 'Safe house (illustrative)',
        title: `Safe house, ${s.locality}`,
        rows: [
          { label: 'Locality', value: s.locality },
          { label: 'Shown', value: period(s.active) },
          { label: 'Confidence', value: s.confidence },
        ],
        caveats: ['Illustrative: no public source locates safe houses. This marker only stands for the town.'],
        remarks: [],
        sources: s.sources,
        ...(s.notes ? { notes: s.notes } : {}),
        prices: [],
      };
    }
    case 'incident': {
      const i = resolved.entity;
      return {
        keyLabel: 'Dead and missing',
        kindLabel: 'Incident (IOM Missing Migrants)',
        title: i.location || `Incident of ${i.date}`,
        rows: [
          { label: 'Date', value: i.date },
          { label: 'Dead and missing', value: i.deadAndMissing === null ? 'not recorded' : number(i.deadAndMissing) },
          { label: 'Survivors', value: i.survivors === null ? 'not recorded' : number(i.survivors) },
          ...(i.cause ? [{ label: 'Cause', value: i.cause }] : []),
          ...(i.route ? [{ label: 'Route (IOM)', value: i.route }] : []),
          ...(i.recordType ? [{ label: 'Record type', value: i.recordType }] : []),
        ],
        caveats: i.confidence !== 'high' ? ['Aggregated or split record: the location is approximate.'] : [],
        remarks: [],
        sources: i.sources,
        ...(i.notes ? { notes: i.notes } : {}),
        prices: [],
      };
    }
    case 'event': {
      const e = resolved.entity;
      return {
        kindLabel: 'Event',
        title: e.title,
        rows: [
          { label: 'Date', value: e.date },
          { label: 'Kind', value: e.kind },
          { label: 'Status', value: e.status },
        ],
        caveats: [],
        remarks: [],
        sources: e.sources,
        notes: e.description,
        prices: [],
      };
    }
  }
}

export const SCHEMATIC_CAVEAT = 'Schematic route-level flow: geometry shows departure and arrival areas, not a path.';

/** A schematic route-level flow: the route's figure for the month, with what its line does not say. */
function routeFlowDetails(dataset: Dataset, s: RouteSegment, month: MonthKey): EntityDetails {
  const corridor = dataset.corridors.find((c) => c.id === s.corridorId);
  const series = s.volume ? dataset.flows.find((f) => f.id === s.volume?.seriesId) : undefined;
  const value = series ? flowValueAt(series, month) : null;
  const keyLabel = series ? `${series.name}, ${formatMonthLong(month)}` : undefined;
  const rows: DetailRow[] = [
    ...(series && keyLabel ? [{ label: keyLabel, value: value === null ? 'no figure' : `${number(value)} ${series.unit} (Frontex, whole route)` }] : []),
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

export function formatPrice(p: Price): string {
  const range = p.min !== null && p.max !== null && p.min !== p.max ? `${number(p.min)}–${number(p.max)}` : p.min !== null ? (p.max === null ? `at least ${number(p.min)}` : number(p.min)) : p.max !== null ? `up to ${number(p.max)}` : '—';
  return `${range} ${p.currency} ${p.unit}${p.year ? ` (${p.year})` : ''}`;
}
