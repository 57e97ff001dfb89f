/**
 * Which Frontex figure a corridor leg may carry. Frontex counts detections where people cross
 * certain borders (derived/frontex-borders.csv: border, route, border type, sources). A leg that
 * reaches or crosses such a border takes that route's figure for that border type; a leg inside
 * the non-EU transit countries takes the figure of the counted border it leads to (or, failing
 * one ahead, the one it came from); a leg inside the EU, where Frontex counts nothing, is route
 * context (no figure). Pure: the caller passes the parsed places.
 */
import type { TravelMode } from '../../domain/types';
import { cell, optionalText, parseCsv, splitList } from './csv';

export const BORDERS_TABLE = 'derived/frontex-borders.csv';

/** EU member states among the countries the routes touch (Croatia from 2013-07, before any corridor). */
export const EU_MEMBERS: ReadonlySet<string> = new Set(['AT', 'BG', 'CY', 'DE', 'ES', 'FR', 'GR', 'HR', 'HU', 'IT', 'LT', 'LV', 'MT', 'PL', 'RO', 'SI']);

export interface CountedBorder {
  /** Country of departure; with `both`, either side. */
  from: string;
  to: string;
  both: boolean;
  route: string;
  borderType: 'land' | 'sea';
  sources: string[];
  note?: string;
}

/** 'RS>HU' (counted on entry into HU) or 'RS|BG' (either way). */
export function parseBordersTable(text: string): CountedBorder[] {
  return parseCsv(text, BORDERS_TABLE, ['border', 'route', 'border_type', 'source', 'note']).map((row, index) => {
    const border = cell(row, 'border');
    const match = /^([A-Z]{2})([>|])([A-Z]{2})$/.exec(border);
    const where = `${BORDERS_TABLE} row ${index + 1}`;
    if (!match) throw new Error(`${where}, border: expected 'AA>BB' or 'AA|BB', found '${border}'`);
    const type = cell(row, 'border_type').toLowerCase();
    if (type !== 'land' && type !== 'sea') throw new Error(`${where}, border_type: expected land or sea, found '${type}'`);
    const sources = splitList(cell(row, 'source'));
    if (sources.length === 0) throw new Error(`${where}, source: a counted border needs a source`);
    const note = optionalText(cell(row, 'note'));
    return { from: match[1] as string, to: match[3] as string, both: match[2] === '|', route: cell(row, 'route'), borderType: type, sources, ...(note ? { note } : {}) };
  });
}

export interface LegEnd {
  id: string;
  kind: string;
  countries: readonly string[];
}

/** Where a leg runs (the countries it travels in) and the border it reaches or crosses, if any. */
export interface LegSpan {
  runsIn: string[];
  border?: { from: string; to: string };
}

function other(pair: readonly string[], country: string): string {
  return pair.find((c) => c !== country) as string;
}

/**
 * A leg to a crossing runs inside the country it comes from and reaches the border there; a leg
 * from a crossing runs inside the country it goes into; a leg between two crossings runs in the
 * country they share and reaches the second; two places in different countries (a boat leg, the
 * two sides of one crossing, or a leg that jumps an unlocated crossing) cross between them.
 */
export function legSpan(a: LegEnd, b: LegEnd): LegSpan {
  const aCrossing = a.kind === 'crossing';
  const bCrossing = b.kind === 'crossing';
  const shared = a.countries.filter((c) => b.countries.includes(c));
  const cross = (from: string, to: string): LegSpan => ({ runsIn: [from, to], border: { from, to } });
  if (aCrossing && bCrossing && shared.length === 2) return cross(a.countries[0] as string, a.countries[1] as string);
  if (shared.length === 1) {
    const country = shared[0] as string;
    if (bCrossing) return { runsIn: [country], border: { from: country, to: other(b.countries, country) } };
    return { runsIn: [country] };
  }
  if (!aCrossing && !bCrossing && shared.length > 0) return { runsIn: [...shared] };
  // No country in common: a boat leg or a leg that jumps an unlocated crossing.
  return cross(a.countries[a.countries.length - 1] as string, b.countries[0] as string);
}

/** The counted border a leg reaches or crosses, if any. */
export function countedBorderOf(span: LegSpan, mode: TravelMode, borders: readonly CountedBorder[]): CountedBorder | undefined {
  const border = span.border;
  if (!border) return undefined;
  const type = mode === 'boat' ? 'sea' : 'land';
  return borders.find(
    (b) => b.borderType === type && ((b.from === border.from && b.to === border.to) || (b.both && b.from === border.to && b.to === border.from)),
  );
}

/** True when the leg travels only in the EU (inside a member, or between two members). */
export function insideEu(span: LegSpan): boolean {
  return span.runsIn.every((c) => EU_MEMBERS.has(c));
}

export type LegFigure = { kind: 'counted'; border: CountedBorder; how: string } | { kind: 'context'; how: string };

export function describeSpan(span: LegSpan): string {
  const where = span.runsIn.length === 1 ? `inside ${span.runsIn[0]}` : span.runsIn.join(' → ');
  return span.border && span.runsIn.length === 1 ? `${where}, to the ${span.border.from}–${span.border.to} border` : where;
}

function name(border: CountedBorder): string {
  return `${border.from} ${border.both ? '–' : '→'} ${border.to} (${border.borderType})`;
}

/**
 * The figure rule of each leg of one corridor, in travel order (see the module comment).
 * `beyond`: the first counted border of a corridor that continues this one (A0 → B, C1, C2), so a
 * trunk's transit legs take the figure of the border they lead to even in another corridor.
 */
export function legFigures(legs: readonly { span: LegSpan; mode: TravelMode }[], borders: readonly CountedBorder[], beyond?: CountedBorder): LegFigure[] {
  const counted = legs.map((leg) => countedBorderOf(leg.span, leg.mode, borders));
  return legs.map((leg, i): LegFigure => {
    const own = counted[i];
    if (own) return { kind: 'counted', border: own, how: `Frontex counts crossings of ${name(own)} on the ${own.route}, on entry.` };
    if (insideEu(leg.span)) {
      return { kind: 'context', how: `Route context: this leg runs ${describeSpan(leg.span)}, where Frontex counts no crossing (it counts entries at the EU's external borders); no figure is drawn.` };
    }
    const ahead = counted.slice(i + 1).find((b) => b !== undefined) ?? beyond;
    if (ahead) return { kind: 'counted', border: ahead, how: `In transit (${describeSpan(leg.span)}): the figure of the border this leg leads to, ${name(ahead)}, counted on the ${ahead.route}.` };
    return { kind: 'context', how: `Route context: this leg (${describeSpan(leg.span)}) leads to no border Frontex counts on the located part of the corridor; no figure is drawn.` };
  });
}
