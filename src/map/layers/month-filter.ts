/**
 * Every time-bound layer carries a [monthFrom, monthTo] filter value per row and is filtered on the
 * GPU: a row is drawn when it overlaps the time window. Changing the month or window changes only
 * these uniform ranges, never a data array.
 *
 * The filters (corridor, mode, country, source, confidence) are GPU categories too: each row carries
 * its filter class (domain/filter-classes) and a filter change only hands over the list of classes
 * that pass.
 */
import type { Layer, LayerContext } from '@deck.gl/core';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import { windowFilterProps, type TimeWindow } from '../../domain/time-window';
import { allowedClasses, MAX_GPU_CLASSES, rowMask, type FilterClasses } from '../../domain/filter-classes';
import type { BinaryData } from './binary-data';
import { drawnProps, timeBound } from './retime';

/**
 * DataFilterExtension that draws at the window a month step recorded beside the layer (or its
 * time-bound parent), not at the `filterRange` it was built with: a step changes no prop, so deck.gl
 * updates nothing (retime.ts). The same uniforms as DataFilterExtension's own `draw`, which this
 * replaces for the options used here (no `countItems`).
 */
class WindowFilterExtension extends DataFilterExtension {
  static override extensionName = 'WindowFilterExtension';

  override draw(this: Layer<DataFilterExtensionProps>, params: unknown, extension: this) {
    const state = this.state as { categoryBitMask?: Uint32Array | null };
    // Filled on the first draw after the categories changed (DataFilterExtension.updateState clears it).
    if (!state.categoryBitMask) extension._updateCategoryBitMask.call(this, params, extension);
    const { extensions, filterEnabled, filterTransformSize, filterTransformColor, filterCategories } = this.props;
    const drawn = drawnProps(this);
    const dataFilter: Record<string, unknown> = {
      extensions,
      filterEnabled,
      filterRange: drawn ? drawn.filterRange : this.props.filterRange,
      filterSoftRange: drawn ? drawn.filterSoftRange : this.props.filterSoftRange,
      filterTransformSize,
      filterTransformColor,
      filterCategories,
    };
    if (state.categoryBitMask) dataFilter.categoryBitMask = state.categoryBitMask;
    this.setShaderModuleProps({ dataFilter });
  }
}

/**
 * The window filter whose categories are our class indices as they are: deck.gl would otherwise
 * renumber every row's category on the CPU (a JS call per row) whenever the data is new.
 */
class ClassFilterExtension extends WindowFilterExtension {
  static override extensionName = 'ClassFilterExtension';

  override initializeState(this: Layer, context: LayerContext, extension: this) {
    DataFilterExtension.prototype.initializeState.call(this, context, extension);
    const attribute = this.getAttributeManager()?.attributes.filterCategoryValues as { settings: { transform?: unknown } } | undefined;
    if (attribute) attribute.settings.transform = undefined;
  }

  override _getCategoryKey(category: number | string): number {
    return Number(category);
  }
}

export const MONTH_FILTER = new ClassFilterExtension({ filterSize: 2, categorySize: 1 });
/** The month only: for layers already at WebGL's 16 vertex attributes (TripsLayer). */
export const MONTH_ONLY_FILTER = new WindowFilterExtension({ filterSize: 2 });
/** Tiled datasets: deck.gl's own category numbering (their categories are 0/1 per feature). */
export const TILE_FILTER = new WindowFilterExtension({ filterSize: 2, categorySize: 1 });

/** The filter range of a single month: monthFrom <= m and monthTo >= m. */
export function monthFilterRange(month: number): [[number, number], [number, number]] {
  return [
    [0, month],
    [month, 1e6],
  ];
}

export function monthFilterProps(timeWindow: TimeWindow) {
  const { filterRange, filterSoftRange } = windowFilterProps(timeWindow);
  return { filterRange, filterSoftRange, filterTransformSize: true, filterTransformColor: true };
}

/** A layer built with monthFilterProps: a month step moves its window cell (retime.ts), not the layer. */
export function followsWindow<L extends Layer>(layer: L): L {
  return timeBound(layer, monthFilterProps);
}


/** What the GPU needs to apply the filters to a table: a category per row (or vertex) and the categories drawn. */
export interface ClassFilter {
  categories: Uint32Array;
  filterCategories: number[];
}

const masks = new WeakMap<Uint32Array, WeakMap<Uint8Array, Uint32Array>>();
const passing = new WeakMap<Uint8Array, number[]>();

/**
 * The classes that pass, one array per `allowed`: deck.gl's filter compares filterCategories by
 * reference, and a layer rebuilt for another reason then keeps its category mask.
 */
function passingClasses(allowed: Uint8Array): number[] {
  let classes = passing.get(allowed);
  if (!classes) {
    classes = [];
    for (let cls = 0; cls < allowed.length; cls++) if (allowed[cls]) classes.push(cls);
    passing.set(allowed, classes);
  }
  return classes;
}

/**
 * `perRow`: the class of each attribute row (a path layer's per-vertex classes); `allowed`: 1 per
 * class that passes. Beyond the 128 categories deck.gl holds, rows get a 0/1 mask instead (built
 * once per filter).
 */
export function classFilter(filter: FilterClasses, allowed: Uint8Array = allowedClasses(filter.profiles, {}), perRow: Uint32Array = filter.classes): ClassFilter {
  if (filter.profiles.length <= MAX_GPU_CLASSES) return { categories: perRow, filterCategories: passingClasses(allowed) };
  let byAllowed = masks.get(perRow);
  if (!byAllowed) masks.set(perRow, (byAllowed = new WeakMap()));
  let mask = byAllowed.get(allowed);
  if (!mask) byAllowed.set(allowed, (mask = rowMask(perRow, allowed)));
  return { categories: mask, filterCategories: [1] };
}

const withCategories = new WeakMap<BinaryData, WeakMap<Uint32Array, BinaryData>>();

/** The table's binary data with its category attribute (one object per pair: deck.gl compares data by reference). */
export function withClassData(data: BinaryData, categories: Uint32Array): BinaryData {
  let byCategories = withCategories.get(data);
  if (!byCategories) withCategories.set(data, (byCategories = new WeakMap()));
  let out = byCategories.get(categories);
  if (!out) {
    out = { ...data, attributes: { ...data.attributes, getFilterCategory: { value: categories, size: 1 } } };
    byCategories.set(categories, out);
  }
  return out;
}
