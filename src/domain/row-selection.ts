/**
 * Which rows of each list the filters keep, from the lists' filter classes alone (see
 * filter-classes.ts): each class is tested once, then one typed lookup per row. Pure and made of
 * typed arrays, so that it runs in the selection worker (data/selection) and its result travels
 * back without copying.
 */
import { allowedClasses, type FilterClasses } from './filter-classes';
import type { EntityFilters } from './filters';
import { countsForClasses, type BinClassCounts } from './point-bins';

export const SELECTABLE_LISTS = ['segments', 'hubs', 'crossings', 'safeHouses', 'incidents'] as const;
export type SelectableList = (typeof SELECTABLE_LISTS)[number];

/**
 * Filter classes already worked out for a dataset's lists (the map tables have them), by entity
 * position; `incidentParts` follows the dataset's column parts (undefined for an empty part).
 */
export type KnownClasses = Partial<Record<SelectableList, FilterClasses>> & {
  incidentParts?: (FilterClasses | undefined)[];
  /** The parts' bins counted per filter class, where they were (at most MAX_BIN_CLASSES classes). */
  incidentBins?: (BinClassCounts | undefined)[];
};

/** The rows of a column part the filters keep: a 0/1 mask (null when all are kept) and their number. */
export interface PartRows {
  mask: Uint8Array | null;
  kept: number;
  /** The part's bins counted again under the filters (the zoomed-out view), where its bins allow. */
  binCounts?: Float32Array;
}

export interface RowSelection {
  /** Positions kept per list, ascending; null when every row is kept; absent when no classes were known. */
  lists: Partial<Record<SelectableList, Uint32Array | null>>;
  /** Per column part, as `KnownClasses.incidentParts`; undefined where no classes were known. */
  incidentParts: (PartRows | undefined)[];
}

function keptPositions({ classes, profiles }: FilterClasses, f: EntityFilters): Uint32Array | null {
  const allowed = allowedClasses(profiles, f);
  if (allowed.every((v) => v === 1)) return null;
  let n = 0;
  for (let i = 0; i < classes.length; i++) if (allowed[classes[i] ?? 0] === 1) n++;
  const kept = new Uint32Array(n);
  for (let i = 0, k = 0; i < classes.length; i++) if (allowed[classes[i] ?? 0] === 1) kept[k++] = i;
  return kept;
}

function partRows({ classes, profiles }: FilterClasses, f: EntityFilters, bins: BinClassCounts | undefined): PartRows {
  const allowed = allowedClasses(profiles, f);
  if (allowed.every((v) => v === 1)) return { mask: null, kept: classes.length };
  const binCounts = bins ? countsForClasses(bins, allowed) : null;
  const mask = new Uint8Array(classes.length);
  let kept = 0;
  for (let i = 0; i < classes.length; i++) {
    const keep = allowed[classes[i] ?? 0] ?? 0;
    mask[i] = keep;
    kept += keep;
  }
  return binCounts ? { mask, kept, binCounts } : { mask, kept };
}

export function selectRows(known: KnownClasses, f: EntityFilters): RowSelection {
  const lists: RowSelection['lists'] = {};
  for (const name of SELECTABLE_LISTS) {
    const classes = known[name];
    if (classes) lists[name] = keptPositions(classes, f);
  }
  return { lists, incidentParts: (known.incidentParts ?? []).map((c, i) => (c ? partRows(c, f, known.incidentBins?.[i]) : undefined)) };
}

/** The buffers of a selection, to transfer rather than copy. */
export function selectionBuffers(selection: RowSelection): ArrayBuffer[] {
  const arrays = [...Object.values(selection.lists), ...selection.incidentParts.flatMap((p) => [p?.mask, p?.binCounts])];
  return arrays.flatMap((a) => (a ? [a.buffer as ArrayBuffer] : []));
}
