/**
 * Dated events (routes/events.csv) and reported smuggling prices (routes/prices.csv).
 */
import { monthOfDate } from '../../domain/month';
import type { Confidence, DatedEvent, Price } from '../../domain/types';
import { cell, numberOrNull, optionalText, parseCsv, splitList } from './csv';

const EVENT_COLUMNS = ['date', 'title', 'description', 'place_ids', 'countries', 'kind', 'source', 'status', 'notes'] as const;
const PRICE_COLUMNS = ['leg', 'from_place_id', 'to_place_id', 'year', 'price_min', 'price_max', 'currency', 'unit', 'source', 'notes'] as const;
const STATUS_CONFIDENCE: Record<DatedEvent['status'], Confidence> = { confirmed: 'high', conflict: 'medium', weak: 'low' };

export function buildEvents(text: string): DatedEvent[] {
  const perDate = new Map<string, number>();
  return parseCsv(text, 'events.csv', EVENT_COLUMNS).map((row) => {
    const date = cell(row, 'date');
    const status = cell(row, 'status') as DatedEvent['status'];
    if (!(status in STATUS_CONFIDENCE)) throw new Error(`events.csv ${date}: unknown status '${status}'`);
    const n = (perDate.get(date) ?? 0) + 1;
    perDate.set(date, n);
    const notes = optionalText(cell(row, 'notes'));
    return {
      id: `ev-${date}-${n}`,
      date,
      month: monthOfDate(date, 'start'),
      title: cell(row, 'title'),
      description: cell(row, 'description'),
      kind: cell(row, 'kind'),
      placeIds: splitList(cell(row, 'place_ids')),
      countries: splitList(cell(row, 'countries')),
      status,
      sources: splitList(cell(row, 'source')),
      confidence: STATUS_CONFIDENCE[status],
      ...(notes ? { notes } : {}),
    };
  });
}

export function buildPrices(text: string): Price[] {
  return parseCsv(text, 'prices.csv', PRICE_COLUMNS).map((row, index) => {
    const id = `price-${index + 1}`;
    const fromPlaceId = optionalText(cell(row, 'from_place_id'));
    const toPlaceId = optionalText(cell(row, 'to_place_id'));
    const year = optionalText(cell(row, 'year'));
    const notes = optionalText(cell(row, 'notes'));
    return {
      id,
      leg: cell(row, 'leg'),
      ...(fromPlaceId ? { fromPlaceId } : {}),
      ...(toPlaceId ? { toPlaceId } : {}),
      ...(year ? { year } : {}),
      min: numberOrNull(cell(row, 'price_min'), `${id} price_min`),
      max: numberOrNull(cell(row, 'price_max'), `${id} price_max`),
      currency: cell(row, 'currency'),
      unit: cell(row, 'unit'),
      sources: splitList(cell(row, 'source')),
      confidence: 'medium' as const,
      ...(notes ? { notes } : {}),
    };
  });
}

/**
 * derived/price-places.csv: the reference's price rows whose ends it names only as countries get the
 * places of the corridor they describe (matched by the exact `leg` text), so the corridor's first
 * and last legs show the price. Every row says why.
 */
export function placePrices(prices: Price[], text: string): Price[] {
  const links = parseCsv(text, 'derived/price-places.csv', ['leg', 'from_place_id', 'to_place_id', 'note']);
  for (const [i, link] of links.entries()) {
    const leg = cell(link, 'leg');
    if (!prices.some((p) => p.leg === leg)) throw new Error(`derived/price-places.csv row ${i + 1}: no price row has the leg '${leg}'`);
  }
  return prices.map((price) => {
    const link = links.find((l) => cell(l, 'leg') === price.leg);
    if (!link || price.fromPlaceId || price.toPlaceId) return price;
    const note = `Places set by RouteShift: ${cell(link, 'note')}`;
    return { ...price, fromPlaceId: cell(link, 'from_place_id'), toPlaceId: cell(link, 'to_place_id'), notes: price.notes ? `${price.notes} ${note}` : note };
  });
}
