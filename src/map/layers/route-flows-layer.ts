/**
 * Schematic route-level flows: a translucent band from departure to arrival area, as wide as the
 * month's Frontex figure on the segments' scale, with a dashed centre line and an arrow head so it
 * reads as a diagram, not a path; a label with the route's name and figure when zoomed out. Drawn
 * below the corridor segments. Every part is filtered by month and filter class on the GPU.
 */
import type { Layer } from '@deck.gl/core';
import { IconLayer, PathLayer, TextLayer } from '@deck.gl/layers';
import { PathStyleExtension } from '@deck.gl/extensions';
import type { RouteFlowLabel, RouteFlowTable } from '../../data/tables/route-flow-table';
import { activeLocale } from '../../domain/i18n';
import type { TimeWindow } from '../../domain/time-window';
import { memoBinaryData } from './binary-data';
import { classFilter, followsWindow, MONTH_FILTER, monthFilterProps, withClassData } from './month-filter';
import { LABEL_FONT_FAMILY } from './place-labels';
import { ROUTE_FLOWS_LAYER_ID, ROUTE_FLOW_LINES_LAYER_ID, ROUTE_FLOW_ARROWS_LAYER_ID, ROUTE_FLOW_LABELS_LAYER_ID } from './layer-ids';

export { ROUTE_FLOWS_LAYER_ID, ROUTE_FLOW_LINES_LAYER_ID, ROUTE_FLOW_ARROWS_LAYER_ID, ROUTE_FLOW_LABELS_LAYER_ID };

/** Labels show from this zoom down (the whole region in view). */
export const ROUTE_FLOW_LABEL_MAX_ZOOM = 5;

const DASH = new PathStyleExtension({ dash: true });
/** Dash and gap of the centre line, in multiples of its width. */
const CENTRE_DASH: [number, number] = [4, 3];
const CENTRE_WIDTH_PX = 1.5;

/** An arrow head pointing east, its tip at the anchor; drawn as a mask and tinted per row. */
const ARROW_ATLAS = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><path d="M4 6 L62 32 L4 58 L18 32 Z" fill="#000"/></svg>',
)}`;
const ARROW_MAPPING = { arrow: { x: 0, y: 0, width: 64, height: 64, anchorX: 62, anchorY: 32, mask: true } };

const bandData = memoBinaryData((table: RouteFlowTable) => ({
  length: table.length,
  startIndices: table.startIndices,
  attributes: {
    getPath: { value: table.positions, size: 2 },
    getColor: { value: table.colors, size: 4, normalized: true },
    getWidth: { value: table.widths, size: 1 },
    getFilterValue: { value: table.filterValues, size: 2 },
  },
}));

const lineData = memoBinaryData((table: RouteFlowTable) => ({
  length: table.length,
  startIndices: table.startIndices,
  attributes: {
    getPath: { value: table.positions, size: 2 },
    getColor: { value: table.lineColors, size: 4, normalized: true },
    getFilterValue: { value: table.filterValues, size: 2 },
  },
}));

const arrowData = memoBinaryData((table: RouteFlowTable) => ({
  length: table.length,
  attributes: {
    getPosition: { value: table.arrowPositions, size: 2 },
    getAngle: { value: table.arrowAngles, size: 1 },
    getSize: { value: table.arrowSizes, size: 1 },
    getColor: { value: table.arrowColors, size: 4, normalized: true },
    getFilterValue: { value: table.arrowFilterValues, size: 2 },
  },
}));

const labelClassesOf = new WeakMap<RouteFlowTable, Uint32Array>();
function labelClasses(table: RouteFlowTable): Uint32Array {
  let classes = labelClassesOf.get(table);
  if (!classes) labelClassesOf.set(table, (classes = Uint32Array.from(table.labels, (l) => l.filterClass)));
  return classes;
}

type Theme = 'light' | 'dark' | 'projector';
const HALO: Record<Theme, [number, number, number, number]> = { light: [255, 255, 255, 235], dark: [20, 24, 30, 235], projector: [255, 255, 255, 255] };
const FONT_SETTINGS = { sdf: true, fontSize: 64, buffer: 14, radius: 20, cutoff: 0.25, smoothing: 0.12 } as const;

export interface RouteFlowsLayerInput {
  table: RouteFlowTable;
  timeWindow: TimeWindow;
  visible: boolean;
  /** 1 per filter class the filters let through (the segment table's classes). */
  allowed?: Uint8Array;
  /** Multiplies widths and arrow sizes (the projector theme draws thicker lines). */
  widthScale?: number;
  zoom: number;
  theme: Theme;
}

/** Band, centre line and arrow heads, in drawing order (below the segments). */
export function buildRouteFlowLayers({ table, timeWindow, visible, allowed, widthScale = 1 }: RouteFlowsLayerInput): Layer[] {
  const shown = visible && table.length > 0;
  const perVertex = classFilter(table.filter, allowed, table.vertexClasses);
  const perRow = classFilter(table.filter, allowed);
  const window = monthFilterProps(timeWindow);
  return [
    followsWindow(new PathLayer({
      id: ROUTE_FLOWS_LAYER_ID,
      visible: shown,
      widthScale,
      data: withClassData(bandData(table), perVertex.categories),
      filterCategories: perVertex.filterCategories,
      _pathType: 'open',
      widthUnits: 'pixels',
      capRounded: false,
      jointRounded: true,
      pickable: true,
      autoHighlight: true,
      highlightColor: [255, 255, 255, 90],
      extensions: [MONTH_FILTER],
      ...window,
    })),
    followsWindow(new PathLayer({
      id: ROUTE_FLOW_LINES_LAYER_ID,
      visible: shown,
      data: withClassData(lineData(table), perVertex.categories),
      filterCategories: perVertex.filterCategories,
      _pathType: 'open',
      widthUnits: 'pixels',
      getWidth: CENTRE_WIDTH_PX * widthScale,
      getDashArray: CENTRE_DASH,
      dashJustified: true,
      pickable: false,
      extensions: [MONTH_FILTER, DASH],
      ...window,
    })),
    followsWindow(new IconLayer({
      id: ROUTE_FLOW_ARROWS_LAYER_ID,
      visible: shown,
      data: withClassData(arrowData(table), perRow.categories),
      filterCategories: perRow.filterCategories,
      iconAtlas: ARROW_ATLAS,
      iconMapping: ARROW_MAPPING,
      getIcon: () => 'arrow',
      sizeUnits: 'pixels',
      sizeScale: widthScale,
      billboard: true,
      pickable: true,
      autoHighlight: true,
      extensions: [MONTH_FILTER],
      ...window,
    })),
  ];
}

/** The route's name and the month's figure at the middle of each flow, from zoom 5 down. */
export function buildRouteFlowLabelLayer({ table, timeWindow, visible, allowed, zoom, theme }: RouteFlowsLayerInput): Layer {
  const labels = labelClasses(table);
  const { categories, filterCategories } = classFilter({ classes: labels, profiles: table.filter.profiles }, allowed);
  const scale = theme === 'projector' ? 1.3 : 1;
  return followsWindow(new TextLayer<RouteFlowLabel>({
    id: ROUTE_FLOW_LABELS_LAYER_ID,
    visible: visible && table.labels.length > 0 && zoom <= ROUTE_FLOW_LABEL_MAX_ZOOM,
    data: table.labels,
    pickable: false,
    getPosition: (l) => l.position,
    getText: (l) => l.text,
    getSize: (l) => (l.kind === 'name' ? 13 : 12) * scale,
    sizeUnits: 'pixels',
    getColor: (l) => (theme === 'dark' ? [235, 235, 240, 255] : l.kind === 'name' ? [30, 30, 40, 255] : [60, 60, 70, 255]),
    getAlignmentBaseline: (l) => (l.kind === 'name' ? 'bottom' : 'top'),
    getPixelOffset: (l) => [l.offset[0], l.offset[1] + (l.kind === 'name' ? -3 : 3)],
    fontFamily: LABEL_FONT_FAMILY,
    fontWeight: 600,
    fontSettings: FONT_SETTINGS,
    characterSet: 'auto',
    outlineWidth: 14,
    outlineColor: HALO[theme],
    billboard: true,
    // DataFilterExtension's accessors, which TextLayer hands on to its characters.
    ...{
      getFilterValue: (l: RouteFlowLabel) => l.months,
      getFilterCategory: (_: RouteFlowLabel, { index }: { index: number }) => categories[index] ?? 0,
      filterCategories,
    },
    extensions: [MONTH_FILTER],
    ...monthFilterProps(timeWindow),
    // Figure labels word their text in the active language when read: a language change re-reads them.
    // The categories in an object: deck.gl diffs a trigger key by key, and a typed array's keys are
    // its rows (Object.keys of every row on each clone a month step makes: ~1.5 ms at 50k segments).
    updateTriggers: { getText: activeLocale(), getColor: theme, getSize: theme, getFilterCategory: { categories } },
  }));
}
