/**
 * One exported picture: the map at the export size with the overlay (title, period, legend,
 * caption, sources, marking) painted over it.
 */
import { visibleItems } from '../../data/export/visible-entities';
import type { AppState } from '../../state/store';
import { canvasMeasure, drawOverlay, loadLegendIcons, type OverlayTheme } from './draw-overlay';
import type { PixelSize } from './file-names';
import { legendEntries, type LegendEntry } from './legend-content';
import type { SizedMap } from './map-capture';
import { layoutOverlay, type OverlayContent } from './overlay-layout';
import { sourceLine } from './source-line';
import { describePeriod, readMarking, readTheme, windowMonths } from './export-state';

export interface TextChoices {
  title: string;
  caption: string;
  /** Leave the legend out (a video passes one legend for all its frames instead, see export-video.ts). */
  legend: boolean;
}

type VisibleItem = ReturnType<typeof visibleItems>[number];

const corridorsOf = (items: VisibleItem[]) => new Set(items.flatMap((item) => (item.kind === 'segment' && typeof item.details.corridor === 'string' ? [item.details.corridor] : [])));

/** The legend of what the store's current view shows: its visible layers, its corridors in its months (the presenter's and the pictures'). */
export function currentLegend(state: AppState, items?: VisibleItem[]): LegendEntry[] {
  const dataset = state.dataset;
  if (!dataset) return [];
  const shown = items ?? visibleItems(dataset, windowMonths(state), state.layers);
  return legendEntries(dataset, state.layers, state.tables?.segments.maxVolume ?? 0, corridorsOf(shown));
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
    legend: dataset && text.legend ? currentLegend(state, items) : [],
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
  if (!ctx) throw new Error('This browser cannot draw on a 2D canvas.');
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
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))), type, quality));
}

