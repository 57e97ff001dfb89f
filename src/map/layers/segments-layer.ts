import { PathLayer } from '@deck.gl/layers';
import { PathStyleExtension } from '@deck.gl/extensions';
import type { SegmentTable } from '../../data/tables';
import { memoBinaryData } from './binary-data';
import { classFilter, followsWindow, MONTH_FILTER, monthFilterProps, withClassData } from './month-filter';
import type { TimeWindow } from '../../domain/time-window';
import { SEGMENTS_LAYER_ID } from './layer-ids';

export { SEGMENTS_LAYER_ID };

const DASH = new PathStyleExtension({ dash: true });

export interface SegmentsLayerInput {
  table: SegmentTable;
  timeWindow: TimeWindow;
  visible: boolean;
  /** Multiplies every width (the projector theme draws thicker lines). */
  widthScale?: number;
  /** 1 per filter class the filters let through (domain/filter-classes). */
  allowed?: Uint8Array;
}

const segmentData = memoBinaryData((table: SegmentTable) => ({
  length: table.length,
  startIndices: table.startIndices,
  attributes: {
    getPath: { value: table.positions, size: 2 },
    getColor: { value: table.colors, size: 4, normalized: true },
    getWidth: { value: table.widths, size: 1 },
    getFilterValue: { value: table.filterValues, size: 2 },
    getDashArray: { value: table.dashArrays, size: 2 },
  },
}));

/** Route segments: width by the month's volume, colour by corridor, sea legs dashed. */
export function buildSegmentsLayer({ table, timeWindow, visible, widthScale = 1, allowed }: SegmentsLayerInput) {
  const { categories, filterCategories } = classFilter(table.filter, allowed, table.vertexClasses);
  return followsWindow(new PathLayer({
    id: SEGMENTS_LAYER_ID,
    visible,
    widthScale,
    data: withClassData(segmentData(table), categories),
    filterCategories,
    _pathType: 'open',
    widthUnits: 'pixels',
    capRounded: true,
    jointRounded: true,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 110],
    dashJustified: true,
    // A thin dotted context leg is mostly gap: its gaps hover like its dots.
    dashGapPickable: true,
    extensions: [MONTH_FILTER, DASH],
    ...monthFilterProps(timeWindow),
  }));
}
