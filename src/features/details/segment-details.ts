/** What the detail panel and tooltip say about a segment: a leg of a corridor, or a schematic route-level flow. */
import { formatMonthLong, formatMonthShort, inPeriod, monthIndex, type MonthKey } from '../../domain/month';
import type { Crossing, Dataset, FlowSeries, LonLat, RouteSegment, Source } from '../../domain/types';
import { flowValueAt, seriesUnit } from '../../domain/flows';
import { statusPhrase } from '../../domain/crossing-status';
import { corridorCountries, corridorLengthSeries, countriesAlong, pathLengthKm, type CountryFeatures } from '../../domain/geometry-analytics';
import { countryName } from '../../domain/change';
import { formatNumber } from '../../domain/format-number';
import type { DetailRow, EntityDetails } from './entity-details';
import { confidenceText, period, placeName, pricesFor } from './detail-text';
import { t } from '../../domain/i18n';

/** The panel and tooltip line of a route context leg. */
export const routeContextText = () => t('details.routeContext');

/** "Europol", "Europol and UNODC": who reports a series' figure (publisher, else title). */
function reporters(dataset: Dataset, series: FlowSeries): string {
  const byKey = new Map(dataset.sources.map((s) => [s.key, s]));
  const names = [...new Set(series.sources.map((k) => byKey.get(k)).filter((s): s is Source => !!s).map((s) => s.publisher ?? s.title))];
  const [first, ...rest] = names;
  if (first !== undefined) return rest.reduce((joined, name) => t('details.reportersJoin', { first: joined, second: name }), first);
  return series.sources.join(', ') || t('details.itsSource');
}

/** The month's figure of a segment's series, with what it is a figure of. */
function figureText(dataset: Dataset, series: FlowSeries, scope: NonNullable<RouteSegment['volume']>['scope'], value: number | null): string {
  if (value === null) return t('details.noFigure');
  const amount = t('details.amount', { value: formatNumber(value), unit: seriesUnit(series) });
  switch (scope) {
    case 'corridor':
      // The row's label names the series.
      return t('details.figureCorridor', { amount, reporters: reporters(dataset, series) });
    case 'segment':
      return t('details.figureSegment', { amount });
    default:
      return t('details.figureRouteTotal', { amount });
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
  if (!crossing) return t('details.irregular');
  const from = monthIndex(s.active.from);
  const to = monthIndex(s.active.to);
  const statuses = [
    ...new Set(crossing.statusPeriods.filter((p) => monthIndex(p.from) <= to && monthIndex(p.to) >= from && p.status !== 'unrecorded').map((p) => statusPhrase(p.status))),
  ];
  return statuses.length
    ? t('details.irregularNearStatus', { crossing: crossing.name, statuses: statuses.join(' / ') })
    : t('details.irregularNear', { crossing: crossing.name });
}

export function segmentDetails(dataset: Dataset, s: RouteSegment, month: MonthKey, countries: CountryFeatures | null | undefined): EntityDetails {
  if (s.schematic) return routeFlowDetails(dataset, s, month);
  const corridor = dataset.corridors.find((c) => c.id === s.corridorId);
  const series = s.volume ? dataset.flows.find((f) => f.id === s.volume?.seriesId) : undefined;
  const value = series ? flowValueAt(series, month) : null;
  const rows: DetailRow[] = [
    { label: t('details.rowCorridor'), value: corridor ? `${corridor.id}: ${corridor.name}` : s.corridorId },
    { label: t('details.rowMode'), value: s.mode === 'unknown' ? t('details.modeNotStated') : t('filters.mode', { mode: s.mode }) },
    { label: t('details.rowActive'), value: inPeriod(month, s.active) ? period(s.active) : t('details.activeNotThisMonth', { period: period(s.active) }) },
    { label: t('details.rowConfidence'), value: confidenceText(s.confidence) },
  ];
  // A straight line between two places says nothing of the way taken: no length or countries from it.
  if (!s.straightLine) rows.push({ label: t('details.rowLengthAsDrawn'), value: t('details.km', { km: formatNumber(Math.round(pathLengthKm(s.path))) }) });
  if (countries && !s.straightLine) {
    const along = countriesAlong(s.path, countries);
    if (along.length) rows.push({ label: t('details.rowCountriesAlong'), value: along.map(countryName).join(' → ') });
}
if (corridor && !s.straightLine && inPeriod(month, corridor.active)) {
  const series = corridorLengthSeries(dataset, corridor.id);
  const now = series.find((p) => p.month === month);
  if (now && countries) {
    const through = corridorCountries(dataset, corridor.id, month, countries);
    if (through.length) rows.push({ label: t('details.rowCorridorPassesThrough', { id: corridor.id }), value: through.map(countryName).join(' → ') });
  }
  if (now) {
    const change = Math.round(now.changeKm);
    rows.push({
      label: t('details.rowCorridorAsDrawn', { id: corridor.id, month: formatMonthShort(month) }),
      value: change
        ? t('details.kmChange', { km: formatNumber(Math.round(now.km)), change: `${change > 0 ? '+' : ''}${formatNumber(change)}`, since: formatMonthShort(series[0]?.month ?? month) })
        : t('details.km', { km: formatNumber(Math.round(now.km)) }),
    });
  }
}
// Route context: no figure is drawn, so none is given either.
const figureSeries = s.context ? undefined : series;
const figureLabel = figureSeries ? t('details.rowFigure', { series: figureSeries.name, month: formatMonthLong(month) }) : undefined;
if (s.context) rows.unshift({ label: t('details.rowRouteContext'), value: routeContextText() });
if (figureSeries && figureLabel) rows.push({ label: figureLabel, value: figureText(dataset, figureSeries, s.volume?.scope ?? 'route-total', value) });
const caveats: string[] = [];
if (s.approximate) caveats.push(t('details.approximateEnd'));
if (s.straightLine) caveats.push(straightLineCaveat());
return {
  ...(figureLabel ? { keyLabel: figureLabel } : s.context ? { keyLabel: t('details.rowRouteContext') } : {}),
  kindLabel: s.mode === 'boat' ? t('details.kindSeaLeg') : s.context ? t('details.kindRouteContext') : t('details.kindRouteSegment'),
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

export const straightLineCaveat = () => t('details.straightLine');

export const schematicCaveat = () => t('details.schematic');

/** A schematic route-level flow: the route's figure for the month, with what its line does not say. */
function routeFlowDetails(dataset: Dataset, s: RouteSegment, month: MonthKey): EntityDetails {
  const corridor = dataset.corridors.find((c) => c.id === s.corridorId);
  const series = s.volume ? dataset.flows.find((f) => f.id === s.volume?.seriesId) : undefined;
  const value = series ? flowValueAt(series, month) : null;
  const keyLabel = series ? t('details.rowFigure', { series: series.name, month: formatMonthLong(month) }) : undefined;
  const rows: DetailRow[] = [
    ...(series && keyLabel ? [{ label: keyLabel, value: value === null ? t('details.noFigure') : t('details.routeFlowFigure', { value: formatNumber(value), unit: series.unit }) }] : []),
    { label: t('details.rowDepartureArea'), value: placeName(dataset, s.fromPlaceId) },
    { label: t('details.rowArrivalArea'), value: placeName(dataset, s.toPlaceId) },
    ...(corridor?.frontexRoute ? [{ label: t('details.rowFrontexRoute'), value: corridor.frontexRoute }] : []),
    { label: t('details.rowShown'), value: inPeriod(month, s.active) ? period(s.active) : t('details.shownNotThisMonth', { period: period(s.active) }) },
    { label: t('details.rowConfidence'), value: confidenceText(s.confidence) },
  ];
  return {
    ...(keyLabel ? { keyLabel } : {}),
    kindLabel: t('details.kindRouteFlow'),
    title: corridor?.name ?? s.corridorId,
    rows,
    remarks: [],
    caveats: [schematicCaveat(), t('details.schematicWidth')],
    sources: [...new Set([...s.sources, ...(series?.sources ?? [])])],
    ...(s.notes || corridor?.notes ? { notes: s.notes ?? corridor?.notes } : {}),
    prices: [],
  };
}
