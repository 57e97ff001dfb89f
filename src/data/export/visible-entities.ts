/**
 * Which entities are visible over a month range, as flat export items that both the GeoJSON and
 * the CSV writers format. One selection for both formats, so the two files always agree.
 * The rules follow the map: an entity is shown in a month when its period (or date) covers it.
 */
import { formatMonthShort, inPeriod, monthIndex, monthsBetween, type MonthKey } from '../../domain/month';
import type { Confidence, Crossing, Dataset, FlowSeries, LonLat, Period, RouteSegment } from '../../domain/types';
import type { LayerVisibility } from '../../domain/layers';
import { flowValueAt, seriesUnit } from '../../domain/flows';
import { statusPhrase } from '../../domain/crossing-status';
import { incidentsInMonths } from '../../domain/dataset-incidents';

/** Inclusive; a single month is `{ from: m, to: m }`. */
export interface MonthRange {
  from: MonthKey;
  to: MonthKey;
}

export type ExportKind = 'segment' | 'crossing' | 'hub' | 'safeHouse' | 'incident' | 'event';

export type ExportGeometry = { type: 'Point'; coordinates: LonLat } | { type: 'LineString'; coordinates: LonLat[] } | null;

export interface ExportItem {
  kind: ExportKind;
  id: string;
  name: string;
  geometry: ExportGeometry;
  /** A period's first month or a date, as the data gives it. */
  from: string | null;
  to: string | null;
  value: number | string | null;
  unit: string | null;
  confidence: Confidence;
  /** Not taken from a source (always true for safe houses). */
  illustrative: boolean;
  /** Every source key the item rests on, including those of its flow series and status periods. */
  sources: string[];
  /** Kind-specific fields for GeoJSON properties. */
  details: Record<string, string | number | boolean | null>;
}

export function isSingleMonth(months: MonthRange): boolean {
  return months.from === months.to;
}

/** "2015-10" or "2015-09 to 2015-11". */
export function describeMonths(months: MonthRange): string {
  return isSingleMonth(months) ? months.from : `${months.from} to ${months.to}`;
}

function overlaps(period: Period, months: MonthRange): boolean {
  return monthIndex(period.from) <= monthIndex(months.to) && monthIndex(period.to) >= monthIndex(months.from);
}

const unique = (keys: string[]) => [...new Set(keys)];

/** What the figure in a segment's unit is a figure of. */
const SCOPE_NOTE: Record<NonNullable<RouteSegment['volume']>['scope'], string> = {
  'route-total': ', whole route',
  segment: '',
  corridor: ", the corridor's own reported figure",
};

/** Entities visible in `months` on `layers`, in a stable order: by kind, then as in the dataset. */
export function visibleItems(dataset: Dataset, months: MonthRange, layers: LayerVisibility): ExportItem[] {
  const places = new Map<string, { name: string; coord: LonLat }>();
  for (const hub of dataset.hubs) places.set(hub.id, { name: hub.name, coord: hub.coord });
  for (const crossing of dataset.crossings) if (!places.has(crossing.id)) places.set(crossing.id, { name: crossing.name, coord: crossing.coord });
  const placeName = (id: string) => places.get(id)?.name ?? id;
  const flows = new Map(dataset.flows.map((f) => [f.id, f]));
  const corridors = new Map(dataset.corridors.map((c) => [c.id, c]));
  const items: ExportItem[] = [];

  if (layers.segments || layers.routeFlows) {
    for (const segment of dataset.segments) {
      if (!(segment.schematic ? layers.routeFlows : layers.segments) || !overlaps(segment.active, months)) continue;
      // A route context leg has no figure on the map, so none in the file either.
      const series = segment.volume && !segment.context ? flows.get(segment.volume.seriesId) : undefined;
      const volume = series ? volumeOver(series, segment, months) : null;
      items.push({
        kind: 'segment',
        id: segment.id,
        name: `${segment.schematic ? 'Route-level flow (schematic): ' : ''}${placeName(segment.fromPlaceId)} → ${placeName(segment.toPlaceId)}`,
        geometry: { type: 'LineString', coordinates: segment.path.map(([lon, lat]): LonLat => [lon, lat]) },
        from: segment.active.from,
        to: segment.active.to,
        value: volume?.value ?? null,
        // The figure is the series' (usually the whole route's), so the unit says which series.
        unit: series ? `${seriesUnit(series)} (${series.name}${SCOPE_NOTE[segment.volume?.scope ?? 'segment']})` : segment.context ? 'route context, no figure' : null,
        confidence: segment.confidence,
        illustrative: segment.illustrative === true,
        sources: unique([...segment.sources, ...(series?.sources ?? [])]),
        details: {
          corridor: segment.corridorId,
          corridorName: corridors.get(segment.corridorId)?.name ?? null,
          region: segment.region ?? corridors.get(segment.corridorId)?.region ?? null,
          mode: segment.mode,
          activeFrom: segment.active.from,
          activeTo: segment.active.to,
          approximate: segment.approximate,
          volume: volume?.value ?? null,
          volumeMonths: volume?.months ?? null,
          volumeMonthsWithoutFigure: volume?.missing ?? null,
          volumeSeries: series?.name ?? null,
          volumeSeriesId: series?.id ?? null,
          volumeUnit: series ? seriesUnit(series) : null,
          volumeScope: series ? (segment.volume?.scope ?? null) : null,
          volumeMeasure: series?.measure ?? null,
          routeContext: segment.context === true,
          irregularCrossing: segment.irregularCrossing === true,
          schematic: segment.schematic === true,
        },
      });
    }
  }

  if (layers.crossings) {
    for (const crossing of dataset.crossings) {
      const periods = crossing.statusPeriods.filter((p) => overlaps(p, months));
      // The map draws a crossing only in months its status periods cover.
      if (periods.length === 0) continue;
      items.push(crossingItem(crossing, periods, months));
    }
  }

  if (layers.hubs) {
    for (const hub of dataset.hubs) {
      items.push({
        kind: 'hub',
        id: hub.id,
        name: hub.name,
        geometry: { type: 'Point', coordinates: [hub.coord[0], hub.coord[1]] },
        from: null,
        to: null,
        value: null,
        unit: null,
        confidence: hub.confidence,
        illustrative: hub.illustrative === true,
        sources: unique(hub.sources),
        details: { placeKind: hub.kind, countries: hub.countries.join(', '), coordStatus: hub.coordStatus, coordDerivation: hub.coordDerivation ?? null, description: hub.description ?? null },
      });
    }
  }

  if (layers.safeHouses) {
    for (const house of dataset.safeHouses) {
      if (!overlaps(house.active, months)) continue;
      items.push({
        kind: 'safeHouse',
        id: house.id,
        name: `${house.locality} (illustrative)`,
        geometry: { type: 'Point', coordinates: [house.coord[0], house.coord[1]] },
        from: house.active.from,
        to: house.active.to,
        value: null,
        unit: null,
        confidence: house.confidence,
        // The app presents every safe house as illustrative (no public source locates one).
        illustrative: true,
        sources: unique(house.sources),
        details: { locality: house.locality, hub: house.hubId, activeFrom: house.active.from, activeTo: house.active.to },
      });
    }
  }

  if (layers.incidents) {
    for (const incident of incidentsInMonths(dataset, monthIndex(months.from), monthIndex(months.to))) {
      items.push({
        kind: 'incident',
        id: incident.id,
        name: incident.location ?? `Incident of ${incident.date}`,
        geometry: { type: 'Point', coordinates: [incident.coord[0], incident.coord[1]] },
        from: incident.date,
        to: incident.date,
        value: incident.deadAndMissing,
        unit: 'dead and missing',
        confidence: incident.confidence,
        illustrative: incident.illustrative === true,
        sources: unique(incident.sources),
        details: {
          date: incident.date,
          deadAndMissing: incident.deadAndMissing,
          survivors: incident.survivors,
          cause: incident.cause ?? null,
          location: incident.location ?? null,
          countryIso3: incident.countryIso3 ?? null,
          recordType: incident.recordType ?? null,
          route: incident.route ?? null,
        },
      });
    }
  }

  // Dated events have no layer switch: the timeline shows them whenever their month is shown.
  for (const event of dataset.events) {
    if (!inPeriod(event.month, months)) continue;
    const located = event.placeIds.map((id) => places.get(id)).find((place) => place !== undefined);
    items.push({
      kind: 'event',
      id: event.id,
      name: event.title,
      geometry: located ? { type: 'Point', coordinates: [located.coord[0], located.coord[1]] } : null,
      from: event.date,
      to: event.date,
      value: null,
      unit: null,
      confidence: event.confidence,
      illustrative: event.illustrative === true,
      sources: unique(event.sources),
      details: {
        date: event.date,
        month: event.month,
        title: event.title,
        description: event.description,
        eventKind: event.kind,
        status: event.status,
        places: event.placeIds.map(placeName).join(', '),
        countries: event.countries.join(', '),
      },
    });
  }

  return items;
}

/** The series' figure over the months the segment is active within the range (summed for a range). */
function volumeOver(series: FlowSeries, segment: RouteSegment, months: MonthRange) {
  const first = monthIndex(segment.active.from) > monthIndex(months.from) ? segment.active.from : months.from;
  const last = monthIndex(segment.active.to) < monthIndex(months.to) ? segment.active.to : months.to;
  const values = monthsBetween(first, last).map((m) => flowValueAt(series, m));
  const known = values.filter((v): v is number => v !== null);
  return {
    value: known.length ? known.reduce((sum, v) => sum + v, 0) : null,
    months: first === last ? first : `${first} to ${last}`,
    missing: values.length - known.length,
  };
}

function crossingItem(crossing: Crossing, periods: Crossing['statusPeriods'], months: MonthRange): ExportItem {
  const current = crossing.statusPeriods.find((p) => inPeriod(months.to, p));
  return {
    kind: 'crossing',
    id: crossing.id,
    name: crossing.name,
    geometry: { type: 'Point', coordinates: [crossing.coord[0], crossing.coord[1]] },
    from: current?.from ?? null,
    to: current?.to ?? null,
    value: current?.status ?? null,
    unit: current ? `status in ${formatMonthShort(months.to)}${current.endUnknown ? ' (end unknown: not confirmed that month)' : ''}` : null,
    confidence: crossing.confidence,
    illustrative: crossing.illustrative === true,
    sources: unique([...crossing.sources, ...periods.flatMap((p) => p.sources)]),
    details: {
      countries: crossing.countries.join(' – '),
      coordStatus: crossing.coordStatus,
      coordDerivation: crossing.coordDerivation ?? null,
      status: current?.status ?? null,
      statusText: current ? statusPhrase(current.status) : null,
      statusEndUnknown: current ? current.endUnknown === true : null,
      statusMonth: months.to,
      statusHistory: periods.map((p) => `${p.fromDate ?? p.from}..${p.toDate ?? p.to} ${p.status}${p.endUnknown ? ' (end unknown: not confirmed in these months)' : ''}`).join('; '),
      description: crossing.description ?? null,
    },
  };
}
