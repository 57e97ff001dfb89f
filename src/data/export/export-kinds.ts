/**
 * The export's entry per entity kind (see src/domain/entity-kinds.ts): which layer switch shows an
 * entity, which of the kind's entities may be shown in the months, and the item an entity becomes.
 * The rules follow the map: an entity is shown in a month when its period (or date) covers it.
 */
import { formatMonthShort, inPeriod, monthIndex, monthsBetween } from '../../domain/month';
import type { Area, Corridor, Crossing, Dataset, EntityKind, FlowSeries, LonLat, RouteSegment } from '../../domain/types';
import type { EntityOfKind } from '../../domain/entity-kinds';
import type { LayerId } from '../../domain/layers';
import { flowValueAt, seriesUnit } from '../../domain/flows';
import { statusPhrase } from '../../domain/crossing-status';
import { incidentsInMonths } from '../../domain/dataset-incidents';
import { overlaps, unique, type ExportItem, type MonthRange } from './export-item';
import { t } from '../../domain/i18n';

/** Looked up once per export, shared by the kinds' items. */
export interface ExportContext {
  months: MonthRange;
  /** Hubs and crossings by id (a crossing's id may also be a hub's: the hub wins). */
  places: Map<string, { name: string; coord: LonLat }>;
  placeName(id: string): string;
  flows: Map<string, FlowSeries>;
  corridors: Map<string, Corridor>;
}

export interface ExportKindEntry<E extends { id: string } = { id: string }> {
  /** The layer switch that shows the entity; null: shown without one (events). */
  gate(entity: E): LayerId | null;
  /** The kind's entities that may be shown in the months (incidents: only their rows become objects). */
  candidates(dataset: Dataset, months: MonthRange): Iterable<E>;
  /** The entity's item, or null when it is not shown in the months. */
  item(entity: E, ctx: ExportContext): ExportItem | null;
}

export type ExportKinds = Readonly<Record<string, ExportKindEntry>>;

/** What the figure in a segment's unit is a figure of. */
/** The scope of a segment's figure, as the select of screenText.exportSegmentUnit. */
const SCOPE: Record<NonNullable<RouteSegment['volume']>['scope'], string> = {
  'route-total': 'routeTotal',
  segment: 'segment',
  corridor: 'corridor',
};

const pointAt = (coord: LonLat) => ({ type: 'Point' as const, coordinates: [coord[0], coord[1]] as LonLat });

export const EXPORT_KINDS: { readonly [K in EntityKind]: ExportKindEntry<EntityOfKind[K]> } = {
  segment: {
    // The schematic route-level flows have their own switch.
    gate: (segment) => (segment.schematic ? 'routeFlows' : 'segments'),
    candidates: (dataset) => dataset.segments,
    item: segmentItem,
  },
  crossing: {
    gate: () => 'crossings',
    candidates: (dataset) => dataset.crossings,
    item(crossing, { months }) {
      const periods = crossing.statusPeriods.filter((p) => overlaps(p, months));
      // The map draws a crossing only in months its status periods cover.
      return periods.length === 0 ? null : crossingItem(crossing, periods, months);
    },
  },
  hub: {
    gate: () => 'hubs',
    candidates: (dataset) => dataset.hubs,
    item: (hub) => ({
      kind: 'hub',
      id: hub.id,
      name: hub.name,
      geometry: pointAt(hub.coord),
      from: null,
      to: null,
      value: null,
      unit: null,
      confidence: hub.confidence,
      illustrative: hub.illustrative === true,
      sources: unique(hub.sources),
      details: { placeKind: hub.kind, countries: hub.countries.join(', '), coordStatus: hub.coordStatus, coordDerivation: hub.coordDerivation ?? null, description: hub.description ?? null },
    }),
  },
  safeHouse: {
    gate: () => 'safeHouses',
    candidates: (dataset) => dataset.safeHouses,
    item: (house, { months }) =>
      !overlaps(house.active, months)
        ? null
        : {
            kind: 'safeHouse',
            id: house.id,
            name: `${house.locality} (illustrative)`,
            geometry: pointAt(house.coord),
            from: house.active.from,
            to: house.active.to,
            value: null,
            unit: null,
            confidence: house.confidence,
            // The app presents every safe house as illustrative (no public source locates one).
            illustrative: true,
            sources: unique(house.sources),
            details: { locality: house.locality, hub: house.hubId, activeFrom: house.active.from, activeTo: house.active.to },
          },
  },
  incident: {
    gate: () => 'incidents',
    candidates: (dataset, months) => incidentsInMonths(dataset, monthIndex(months.from), monthIndex(months.to)),
    item: (incident) => ({
      kind: 'incident',
      id: incident.id,
      name: incident.location ?? t('screenText.exportIncidentName', { date: incident.date }),
      geometry: pointAt(incident.coord),
      from: incident.date,
      to: incident.date,
      value: incident.deadAndMissing,
      unit: t('screenText.exportDeadAndMissing'),
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
    }),
  },
  event: {
    // Dated events have no layer switch: the timeline shows them whenever their month is shown.
    gate: () => null,
    candidates: (dataset) => dataset.events,
    item(event, { months, places, placeName }) {
      if (!inPeriod(event.month, months)) return null;
      const located = event.placeIds.map((id) => places.get(id)).find((place) => place !== undefined);
      return {
        kind: 'event',
        id: event.id,
        name: event.title,
        geometry: located ? pointAt(located.coord) : null,
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
      };
    },
  },
  area: {
    gate: () => 'areas',
    candidates: (dataset) => dataset.areas ?? [],
    item: areaItem,
  },
};

function segmentItem(segment: RouteSegment, { months, flows, corridors, placeName }: ExportContext): ExportItem | null {
  if (!overlaps(segment.active, months)) return null;
  // A route context leg has no figure on the map, so none in the file either.
  const series = segment.volume && !segment.context ? flows.get(segment.volume.seriesId) : undefined;
  const volume = series ? volumeOver(series, segment, months) : null;
  return {
    kind: 'segment',
    id: segment.id,
    name: `${segment.schematic ? 'Route-level flow (schematic): ' : ''}${placeName(segment.fromPlaceId)} → ${placeName(segment.toPlaceId)}`,
    geometry: { type: 'LineString', coordinates: segment.path.map(([lon, lat]): LonLat => [lon, lat]) },
    from: segment.active.from,
    to: segment.active.to,
    value: volume?.value ?? null,
    // The figure is the series' (usually the whole route's), so the unit says which series.
    unit: series
      ? t('screenText.exportSegmentUnit', { unit: seriesUnit(series), series: series.name, scope: SCOPE[segment.volume?.scope ?? 'segment'] })
      : segment.context
        ? t('screenText.exportRouteContext')
        : null,
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
  };
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
    geometry: pointAt(crossing.coord),
    from: current?.from ?? null,
    to: current?.to ?? null,
    value: current?.status ?? null,
    unit: current ? t('screenText.exportStatusUnit', { month: formatMonthShort(months.to), endUnknown: current.endUnknown ? 'yes' : 'no' }) : null,
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

/** An area, when its months overlap (an area without dates is shown in every month). */
function areaItem(area: Area, { months }: ExportContext): ExportItem | null {
  if (area.active && !overlaps(area.active, months)) return null;
  const [only] = area.polygons;
  return {
    kind: 'area',
    id: area.id,
    name: area.name,
    geometry: area.polygons.length === 1 && only ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: area.polygons },
    from: area.active?.from ?? null,
    to: area.active?.to ?? null,
    value: null,
    unit: null,
    confidence: area.confidence,
    illustrative: area.illustrative === true,
    sources: unique(area.sources),
    details: {
      activeFrom: area.active?.from ?? null,
      activeTo: area.active?.to ?? null,
      // Not a period made up: the file gave none, and the map shows the area in every month.
      datesGiven: area.active !== undefined,
      countries: area.countries?.join(', ') ?? null,
      notes: area.notes ?? null,
    },
  };
}
