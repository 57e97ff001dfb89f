/**
 * Filters on the GPU: every drawn row gets a filter class, the index of the distinct combination of
 * the fields the filters test (confidence, sources, corridor, mode, countries). A filter change then
 * tests each class once and hands the GPU the list of classes that pass; no row is visited and no
 * array is rebuilt. The same test decides what the panels list (applyFilters), so map and lists agree.
 */
import type { EntityFilters } from './filters';
import type { Confidence, TravelMode } from './types';

/** What the filters look at in an entity. An absent field is not tested (e.g. incidents have no corridor). */
export interface FilterProfile {
  confidence: Confidence;
  sources: readonly string[];
  corridor?: string;
  mode?: TravelMode;
  countries?: readonly string[];
}

/** deck.gl's DataFilterExtension holds 128 categories in one channel. */
export const MAX_GPU_CLASSES = 128;

const passes = <T>(allowed: readonly T[] | undefined, value: T) => !allowed?.length || allowed.includes(value);
const passesAny = <T>(allowed: readonly T[] | undefined, values: readonly T[]) => !allowed?.length || values.some((v) => allowed.includes(v));

export function profilePasses(p: FilterProfile, f: EntityFilters): boolean {
  return (
    passes(f.confidence, p.confidence) &&
    passesAny(f.sources, p.sources) &&
    (p.corridor === undefined || passes(f.corridors, p.corridor)) &&
    (p.mode === undefined || passes(f.modes, p.mode)) &&
    (p.countries === undefined || passesAny(f.countries, p.countries))
  );
}

function profileKey(p: FilterProfile): string {
  return `${p.confidence}|${p.sources.join(',')}|${p.corridor ?? ''}|${p.mode ?? ''}|${p.countries?.join(',') ?? '-'}`;
}

/** Hands out class indices in order of first appearance. */
export class FilterClassIndex {
  readonly profiles: FilterProfile[] = [];
  private readonly byKey = new Map<string, number>();

  classOf(p: FilterProfile): number {
    const key = profileKey(p);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.profiles.length;
      this.byKey.set(key, index);
      this.profiles.push(p);
    }
    return index;
  }
}

/** The filter of a drawn table: a class per row and what each class stands for. */
export interface FilterClasses {
  classes: Uint32Array;
  profiles: readonly FilterProfile[];
}

const allowedCache = new WeakMap<readonly FilterProfile[], Map<string, Uint8Array>>();

/** 1 for each class that passes the filters (memoised per class list and filters). */
export function allowedClasses(profiles: readonly FilterProfile[], f: EntityFilters): Uint8Array {
  let byFilter = allowedCache.get(profiles);
  if (!byFilter) allowedCache.set(profiles, (byFilter = new Map()));
  const key = JSON.stringify(f);
  let allowed = byFilter.get(key);
  if (!allowed) {
    allowed = Uint8Array.from(profiles, (p) => (profilePasses(p, f) ? 1 : 0));
    byFilter.set(key, allowed);
  }
  return allowed;
}

/** Whether every class passes: the filter does nothing to this table. */
export function allPass(allowed: Uint8Array): boolean {
  return allowed.every((v) => v === 1);
}

/** The rows of a table that pass, as a 0/1 mask: for tables with more classes than the GPU holds. */
export function rowMask(classes: Uint32Array, allowed: Uint8Array): Uint32Array {
  const mask = new Uint32Array(classes.length);
  for (let i = 0; i < classes.length; i++) mask[i] = allowed[classes[i] ?? 0] ?? 0;
  return mask;
}

type Filterable = { confidence: Confidence; sources: string[] };

/** Countries of every place (hubs and crossings) by id: segments are in the countries of their ends. */
export function placeCountries(places: readonly { id: string; countries: readonly string[] }[]): Map<string, readonly string[]> {
  return new Map(places.map((p) => [p.id, p.countries]));
}

export const baseProfile = (e: Filterable): FilterProfile => ({ confidence: e.confidence, sources: e.sources });

const NONE: readonly string[] = [];

/** The countries of both ends, once each and sorted (a class key); cheap for the usual one country per end. */
function unionSorted(a: readonly string[], b: readonly string[]): readonly string[] {
  if (b.length === 0 || a === b) return a;
  if (a.length === 0) return b;
  if (a.length === 1 && b.length === 1) return a[0] === b[0] ? a : a[0]! < b[0]! ? [a[0]!, b[0]!] : [b[0]!, a[0]!];
  return [...new Set([...a, ...b])].sort();
}

export function segmentProfile(
  s: Filterable & { corridorId: string; mode: TravelMode; fromPlaceId: string; toPlaceId: string },
  places: Map<string, readonly string[]>,
): FilterProfile {
  return { ...baseProfile(s), corridor: s.corridorId, mode: s.mode, countries: unionSorted(places.get(s.fromPlaceId) ?? NONE, places.get(s.toPlaceId) ?? NONE) };
}

export const placeProfile = (e: Filterable & { countries: readonly string[] }): FilterProfile => ({ ...baseProfile(e), countries: e.countries });
/** An area's countries are tested only where the file named them. */
export const areaProfile = (e: Filterable & { countries?: readonly string[] }): FilterProfile => (e.countries ? placeProfile({ ...e, countries: e.countries }) : baseProfile(e));

export const safeHouseProfile = (e: Filterable & { hubId: string }, places: Map<string, readonly string[]>): FilterProfile => ({
  ...baseProfile(e),
  countries: places.get(e.hubId) ?? [],
});
