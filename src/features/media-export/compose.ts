/**
 * One exported picture: the map at the export size with the overlay (title, period, legend,
 * caption, sources, marking) painted over it.
 */
import { visibleItems } from '../../data/export/visible-entities';
import { t } from '../../domain/i18n';
import { boundsIntersect, boundsOf, expandBounds, type Bounds } from '../../domain/framing';
import type { AppState } from '../../state/store';
import { canvasMeasure, drawOverlay, loadLegendIcons, type OverlayTheme } from './draw-overlay';
import type { PixelSize } from './file-names';
import { legendEntries, type LegendEntry, type ShownOnMap } from './legend-content';
import type { SizedMap } from './map-capture';
import { layoutOverlay, type OverlayContent } from './overlay-layout';
import { sourceLine } from './source-line';
import { describePeriod, readMarking, readTheme, windowMonths } from './export-state';

export interface TextChoices {
  title: string;
  caption: string;
  /** Leave the legend out (a video passes one legend for all its frames instead, see export-video.ts). */
  legend: boolean;
  /** The area the picture shows: its legend lists what is drawn around it (see currentLegend). */
  area?: Bounds;
}

type VisibleItem = ReturnType<typeof visibleItems>[number];

/** How far around a view's area its legend looks, as a share of the area's size (the screen shows a little more than the area). */
const VIEW_MARGIN = 0.2;

/** What the visible items show, for the legend: their corridors, crossing statuses and kinds. */
function shownOnMap(items: VisibleItem[]): ShownOnMap {
  const corridors = new Set<string>();
  const statuses = new Set<string>();
  let statusUnknown = false;
  let endUnknown = false;
  for (const item of items) {
    if (item.kind === 'segment' && typeof item.details.corridor === 'string') corridors.add(item.details.corridor);
    if (item.kind !== 'crossing') continue;
    const status = item.details.status;
    if (typeof status === 'string') statuses.add(status);
    else statusUnknown = true;
    if (item.details.statusEndUnknown === true) endUnknown = true;
  }
  // A crossing drawn without a status in the window's last month: which symbol it has is not known here, so all are listed.
  return { corridors, kinds: new Set(items.map((item) => item.kind)), crossingStatuses: statusUnknown ? null : statuses, ...(statusUnknown ? {} : { endUnknown }) };
}

/** The positions of an item's geometry (none for an item without one). */
function positionsOf(item: VisibleItem): Array<readonly [number, number]> {
  const g = item.geometry;
  if (!g) return [];
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'LineString') return g.coordinates;
  if (g.type === 'Polygon') return g.coordinates.flat();
  return g.coordinates.flat(2);
}

/** The items near `area` (an item without a geometry is kept: where it is drawn is not known here). */
function near(items: VisibleItem[], area: Bounds): VisibleItem[] {
  return items.filter((item) => {
    const box = boundsOf(positionsOf(item));
    return box === null || boundsIntersect(box, area);
  });
}

/** The legend of what the store's current view shows: its visible layers, its corridors in its months (the presenter's and the pictures'). */
export function currentLegend(state: AppState, items?: VisibleItem[], area?: Bounds): LegendEntry[] {
  const dataset = state.dataset;
  if (!dataset) return [];
  const all = items ?? visibleItems(dataset, windowMonths(state), state.layers);
  // A view's legend lists what is drawn around its area, not what is drawn a sea away.
  const shown = area ? near(all, expandBounds(area, VIEW_MARGIN)) : all;
  return legendEntries(dataset, state.layers, state.tables?.segments.maxVolume ?? 0, shownOnMap(shown));
}

/** The overlay's content for the store's current view. */
export function overlayContent(state: AppState, text: TextChoices): OverlayContent {
  const months = windowMonths(state);
  const dataset = state.dataset;
  const items = dataset ? visibleItems(dataset, months, state.layers) : [];
  const period = describePeriod(months);
  return {
    title: text.title,
    // A view titled with its month says it once.
    period: text.title.trim() === period ? '' : period,
    caption: text.caption,
    sources: dataset ? sourceLine(dataset, months, state.layers, items) : '',
    marking: readMarking(state),
    legend: dataset && text.legend ? currentLegend(state, items, text.area) : [],
  };
}

export interface Composer {
  canvas: HTMLCanvasElement;
  /** Paints the map's current picture and the overlay for `content`. */
  compose: (sized: SizedMap, content: OverlayContent, theme: OverlayTheme) => void;
}

export async function createComposer(size: PixelSize, content: OverlayContent): Promise<Composer> {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t('screenText.noCanvas'));
  const icons = await loadLegendIcons(content.legend);
  const measure = canvasMeasure(ctx);
  return {
    canvas,
    compose: (sized, c, theme) => {
      ctx.clearRect(0, 0, size.width, size.height);
      sized.drawInto(ctx, size);
      drawOverlay(ctx, layoutOverlay(size.width, size.height, c, measure), theme, icons);
    },
  };
}

export function themeOf(state: AppState): OverlayTheme {
  return readTheme(state);
}

export function canvasBlob(canvas: HTMLCanvasElement, type = 'image/png', quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t('mediaExport.imageNotEncoded')))), type, quality));
}

