/** What the detail panel and tooltip say about an entity: pure, so it is tested in Node. */
import { formatMonthLong, formatMonthShort, inPeriod, type MonthKey } from '../../domain/month';
import type { Dataset, Period, Price, RouteSegment } from '../../domain/types';
import { flowValueAt } from '../../domain/flows';
import type { ResolvedEntity } from '../../state/selectors';
import { corridorCountries, corridorLengthSeries, countriesAlong, pathLengthKm, type CountryFeatures } from '../../domain/geometry-analytics';
import { countryName } from '../../domain/change';
import { formatNumber } from '../../domain/format-number';

export interface DetailRow {
  label: string;
  value: string;
}

export interface EntityDetails {
  kindLabel: string;
  title: string;
  rows: DetailRow[];
  /** Shown prominently: illustrative entities and approximate locations. */
  caveats: string[];
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
      if (series) {
        rows.push({
          label: `${series.name}, ${formatMonthLong(month)}`,
          value: value === null ? 'no figure' : `${number(value)} ${series.unit} (whole route, not this segment's share)`,
        });
      }
      return {
        ...(series ? { keyLabel: `${series.name}, ${formatMonthLong(month)}` } : {}),
        kindLabel: s.mode === 'boat' ? 'Sea leg' : 'Route segment',
        title: `${placeName(dataset, s.fromPlaceId)} → ${placeName(dataset, s.toPlaceId)}`,
        rows,
        caveats: s.approximate ? ['An end of this segment is not an exact location (approximate or a town standing in).'] : [],
        sources: [...new Set([...s.sources, ...(series?.sources ?? [])])],
        ...(corridor?.notes ? { notes: corridor.notes } : {}),
        prices: pricesFor(dataset, [s.fromPlaceId, s.toPlaceId]).filter((p) => p.fromPlaceId === s.fromPlaceId || p.toPlaceId === s.toPlaceId),
      };
    }
    case 'crossing': {
      const c = resolved.entity;
      const now = c.statusPeriods.find((p) => inPeriod(month, p));
      const statusText = (status: string) => (status === 'unrecorded' ? 'no status change recorded' : status);
      return {
        keyLabel: `Status, ${formatMonthLong(month)}`,
        kindLabel: 'Border crossing',
        title: c.name,
        rows: [
          { label: 'Countries', value: c.countries.join(' – ') },
          { label: `Status, ${formatMonthLong(month)}`, value: now ? statusText(now.status) : 'no status recorded' },
          ...c.statusPeriods.map((p) => ({ label: period(p), value: statusText(p.status) })),
          ...(c.description ? [{ label: 'Important periods', value: c.description }] : []),
          { label: 'Confidence', value: c.confidence },
        ],
        caveats: COORD_CAVEAT[c.coordStatus] ? [COORD_CAVEAT[c.coordStatus] as string] : [],
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
