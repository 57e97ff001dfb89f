/**
 * Filters by corridor, mode, country, source and confidence. An empty or missing list means "all".
 * Applied to the combined dataset when the filters change (never per month); every view — map,
 * panels, exports, change view — reads the filtered dataset.
 */
import {
  areaProfile,
  baseProfile,
  placeCountries,
  placeProfile,
  profilePasses,
  safeHouseProfile,
  segmentProfile,
  type FilterProfile,
} from './filter-classes';
import { t } from './i18n';
import { incidentFilterClasses } from './incident-filter-classes';
import { selectRows, type KnownClasses, type RowSelection } from './row-selection';
import type { Confidence, Dataset, TravelMode } from './types';

export type { KnownClasses } from './row-selection';

export interface EntityFilters {
  corridors?: string[];
  modes?: TravelMode[];
  /** ISO 3166-1 alpha-2 codes (XK for Kosovo). */
  countries?: string[];
  /** Source keys as cited by entities (e.g. FRONTEX, IOM-MMP, R16). */
  sources?: string[];
  confidence?: Confidence[];
}

export const FILTER_KEYS = ['corridors', 'modes', 'countries', 'sources', 'confidence'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function hasFilters(f: EntityFilters): boolean {
  return FILTER_KEYS.some((k) => (f[k]?.length ?? 0) > 0);
}

/**
 * The dataset as the filters leave it. The rows kept are read from `selection` (worked out from the
 * known filter classes, here or in the selection worker); a list without known classes is tested
 * entity by entity with the same test, so lists and map agree. Column incident parts are always
 * selected by class: a part's own (made with its drawing) where the tables' are not given.
 */
export function applyFilters(dataset: Dataset, f: EntityFilters, known: KnownClasses = {}, given?: RowSelection): Dataset {
  if (!hasFilters(f)) return dataset;
  const selection = given ?? selectRows(withPartClasses(dataset, known), f);
  // The very test the GPU applies per filter class (filter-classes.ts).
  const keep = (p: FilterProfile) => profilePasses(p, f);
  const select = <T>(list: T[], kept: Uint32Array | null | undefined, profileOf: (e: T) => FilterProfile): T[] => {
    if (kept === null) return list;
    if (!kept || (kept.length > 0 && (kept[kept.length - 1] ?? 0) >= list.length)) return list.filter((e) => keep(profileOf(e)));
    return Array.from(kept, (i) => list[i] as T);
  };
  const { lists } = selection;
  // Only needed where no classes are known (the store always knows them): built on first use.
  let places: Map<string, readonly string[]> | undefined;
  let hubs: Map<string, readonly string[]> | undefined;
  const segments = select(dataset.segments, lists.segments, (s) => segmentProfile(s, (places ??= placeCountries([...dataset.hubs, ...dataset.crossings]))));
  // Flows: those the kept segments are sized by, plus those of the chosen corridors' routes and
  // sources (so that the charts follow the filters); never a figure the kept segments need.
  const needed = new Set(segments.flatMap((s) => (s.volume ? [s.volume.seriesId] : [])));
  const routes = new Set(dataset.corridors.filter((c) => f.corridors?.includes(c.id)).flatMap((c) => (c.frontexRoute ? [c.frontexRoute] : [])));
  const flows = dataset.flows.filter(
    (fl) =>
      needed.has(fl.id) ||
      (keep(baseProfile(fl)) && (!f.corridors?.length || fl.measure !== 'detections' || routes.has(fl.name.replace(/, (land|sea) borders$/, '')))),
  );
  return {
    ...dataset,
    segments,
    flows,
    corridors: f.corridors?.length ? dataset.corridors.filter((c) => f.corridors?.includes(c.id)) : dataset.corridors,
    crossings: select(dataset.crossings, lists.crossings, placeProfile),
    hubs: select(dataset.hubs, lists.hubs, placeProfile),
    safeHouses: select(dataset.safeHouses, lists.safeHouses, (s) => safeHouseProfile(s, (hubs ??= placeCountries(dataset.hubs)))),
    // Incidents carry ISO-3 codes and no alpha-2: the country filter leaves them to confidence and source.
    incidents: select(dataset.incidents, lists.incidents, baseProfile),
    // Column parts stay whole (they are drawn whole and filtered on the GPU); readers skip the rows
    // the filters leave out (dataset-incidents.ts).
    ...(dataset.incidentParts?.length ? { incidentRows: selection.incidentParts } : {}),
    events: dataset.events.filter((e) => keep(placeProfile(e))),
    // Few: tested one by one, as events are (countries only where the file named them).
    ...(dataset.areas ? { areas: dataset.areas.filter((a) => keep(areaProfile(a))) } : {}),
  };
}

/** `known` with the filter classes of every non-empty column part it lacks. */
function withPartClasses(dataset: Dataset, known: KnownClasses): KnownClasses {
  const parts = dataset.incidentParts ?? [];
  if (parts.every((p, i) => p.length === 0 || known.incidentParts?.[i])) return known;
  return { ...known, incidentParts: parts.map((p, i) => known.incidentParts?.[i] ?? (p.length ? (p.drawing?.filter ?? incidentFilterClasses(p)) : undefined)) };
}

/** `corridors:A,C2|modes:boat|confidence:high` — the link form of the filters. */
export function serializeFilters(f: EntityFilters): string {
  return FILTER_KEYS.filter((k) => f[k]?.length)
    .map((k) => `${k}:${(f[k] as string[]).join(',')}`)
    .join('|');
}

export function parseFilters(text: string): { filters: EntityFilters; problems: string[] } {
  const filters: EntityFilters = {};
  const problems: string[] = [];
  for (const part of text.split('|').filter(Boolean)) {
    const [key, values = ''] = part.split(':');
    if (!(FILTER_KEYS as readonly string[]).includes(key ?? '')) {
      problems.push(t('settings.unknownFilter', { key: key ?? '' }));
      continue;
    }
    const list = values.split(',').map((v) => v.trim()).filter(Boolean);
    if (key === 'confidence' && list.some((v) => !['high', 'medium', 'low'].includes(v))) {
      problems.push(t('settings.badConfidence', { values }));
      continue;
    }
    (filters as Record<string, string[]>)[key as string] = list;
  }
  return { filters, problems };
}
