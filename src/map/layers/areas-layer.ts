/**
 * Areas (border zones, camps, operation areas): a translucent fill and an outline, drawn below the
 * routes. Both read the area table's binary arrays: the fill its polygons and precomputed triangles
 * (holes included), the outline the same vertices cut into rings. Time-bound: a month step only
 * moves the GPU filter range (areas without dates pass every month).
 */
import { PathLayer, SolidPolygonLayer } from '@deck.gl/layers';
import type { AreaTable } from '../../data/tables';
import { AREA_FILL_COLOR, AREA_LINE_COLOR } from '../../domain/palette';
import type { TimeWindow } from '../../domain/time-window';
import { memoBinaryData } from './binary-data';
import { classFilter, followsWindow, MONTH_FILTER, monthFilterProps, withClassData } from './month-filter';
import { AREAS_LAYER_ID, AREA_OUTLINES_LAYER_ID } from './layer-ids';

export { AREAS_LAYER_ID, AREA_OUTLINES_LAYER_ID };

export interface AreasLayerInput {
  table: AreaTable;
  timeWindow: TimeWindow;
  visible: boolean;
  /** 1 per filter class the filters let through (domain/filter-classes). */
  allowed?: Uint8Array;
  /** Multiplies the outline width (the projector theme draws thicker lines). */
  widthScale?: number;
}

const fillData = memoBinaryData((table: AreaTable) => ({
  length: table.length,
  startIndices: table.polygonStarts,
  attributes: {
    getPolygon: { value: table.positions, size: 2 },
    // deck.gl takes no holes from binary positions: the triangles (holes left out) are given.
    indices: { value: table.indices, size: 1 },
    getFilterValue: { value: table.filterValues, size: 2 },
  },
}));

const outlineData = memoBinaryData((table: AreaTable) => ({
  length: table.ringStarts.length - 1,
  startIndices: table.ringStarts,
  attributes: {
    getPath: { value: table.positions, size: 2 },
    getFilterValue: { value: table.filterValues, size: 2 },
  },
}));

export function buildAreasLayers({ table, timeWindow, visible, allowed, widthScale = 1 }: AreasLayerInput) {
  const { categories, filterCategories } = classFilter(table.filter, allowed, table.vertexClasses);
  const common = { visible, filterCategories, extensions: [MONTH_FILTER], pickable: true, ...monthFilterProps(timeWindow) };
  const fill = new SolidPolygonLayer({
    ...common,
    id: AREAS_LAYER_ID,
    data: withClassData(fillData(table), categories),
    // Positions are the table's closed rings as they are: nothing to normalise.
    _normalize: false,
    filled: true,
    getFillColor: AREA_FILL_COLOR,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 60],
  });
  const outline = new PathLayer({
    ...common,
    id: AREA_OUTLINES_LAYER_ID,
    data: withClassData(outlineData(table), categories),
    // Rings are closed (their last point is their first).
    _pathType: 'open',
    widthUnits: 'pixels',
    getWidth: 1.5,
    widthScale,
    getColor: AREA_LINE_COLOR,
  });
  return [followsWindow(fill), followsWindow(outline)];
}
