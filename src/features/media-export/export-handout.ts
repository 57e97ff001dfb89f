/**
 * The storyboard as a PDF handout: each view is applied, its page laid out (handout/), the map
 * drawn at print resolution and the part that fills the page's picture box captured without any
 * burned-in text (the PDF sets title, caption, legend and sources as real text). Then the PDF is
 * built from plain data and saved as <storyboard-title>-<date>-handout.pdf.
 */
import { downloadBlob } from '../download';
import type { Bounds } from '../../domain/framing';
import { cameraBounds } from '../../domain/framing';
import { rgbaCss } from '../../domain/palette';
import type { MapHandle } from '../../map/MapView';
import { canvasBlob } from './compose';
import { loadLegendIcons } from './draw-overlay';
import type { JobContext } from './export-png';
import { readMarking } from './export-state';
import { storyboardOrThrow, walkStoryboard } from './export-storyboard';
import { storyboardPdfName, type PixelSize } from './file-names';
import { dataPeriodText, dayText, handoutSources, handoutView, iconKey, storyboardTitle } from './handout-content';
import { loadHandoutFonts } from './handout/handout-fonts';
import type { Handout, HandoutLegendEntry, HandoutPicture, HandoutView } from './handout/handout-model';
import type { Rect } from './handout/page-geometry';
import { settleMap, throwIfAborted, type SizedMap } from './map-capture';
import { t } from '../../domain/i18n';

/**
 * The map is drawn at this size, two pixels per CSS pixel (1050 × 875 CSS px); each page's picture
 * is the largest part of it with the box's shape. A picture 190–277 mm wide then holds about 1050
 * CSS px at 190–200 dpi: the map's 12 px place labels print at 6–9 pt, and lines and symbols as
 * thick as on a screen.
 */
export const HANDOUT_CAPTURE: PixelSize = { width: 2100, height: 1750 };
const PIXEL_RATIO = 2;
/** Enough for print; more only makes the file larger. */
const PRINT_DPI = 200;
const JPEG_QUALITY = 0.85;
const ICON_PX = 96;
/** Room between the view's area and the picture's edge, in CSS pixels. */
const FRAME_MARGIN = 12;

export interface Crop {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The largest part of `size` with the shape `aspect` (width / height), centred. */
export function cropFor(size: PixelSize, aspect: number): Crop {
  const width = Math.min(size.width, Math.round(size.height * aspect));
  const height = Math.min(size.height, Math.round(width / aspect));
  return { x: Math.floor((size.width - width) / 2), y: Math.floor((size.height - height) / 2), width, height };
}

/** Fits `bounds` into the crop of the sized map (MapLibre's padding is in CSS pixels). */
function frameIntoCrop(map: MapHandle['map'], sized: SizedMap, crop: Crop, bounds: Bounds) {
  const { width, height } = sized.size;
  const css = (map.getContainer().clientWidth || width) / width;
  const padding = {
    left: crop.x * css + FRAME_MARGIN,
    top: crop.y * css + FRAME_MARGIN,
    right: (width - crop.x - crop.width) * css + FRAME_MARGIN,
    bottom: (height - crop.y - crop.height) * css + FRAME_MARGIN,
  };
  const [west, south, east, north] = bounds;
  const fit = map.cameraForBounds([[west, south], [east, north]], { padding });
  if (fit) map.jumpTo(fit);
}

/** The crop as a JPEG at no more than PRINT_DPI for the page's box (mm). */
async function encodePicture(map: MapHandle['map'], crop: Crop, box: Rect): Promise<HandoutPicture> {
  const scale = Math.min(1, ((box.width / 25.4) * PRINT_DPI) / crop.width);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(crop.width * scale);
  canvas.height = Math.round(crop.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t('screenText.noCanvas'));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(map.getCanvas(), crop.x, crop.y, crop.width, crop.height, 0, 0, canvas.width, canvas.height);
  const blob = await canvasBlob(canvas, 'image/jpeg', JPEG_QUALITY);
  return { bytes: new Uint8Array(await blob.arrayBuffer()), format: 'JPEG' };
}

/** The legend's symbols as PNG bytes (the app's own SVG icons, drawn once per symbol and colour). */
async function withIcons(legend: HandoutLegendEntry[], cache: Map<string, Uint8Array>): Promise<HandoutLegendEntry[]> {
  const images = await loadLegendIcons(legend.filter((e) => e.mark.kind === 'icon' && !cache.has(iconKey(e.mark.icon, e.mark.color))));
  for (const entry of legend) {
    if (entry.mark.kind !== 'icon') continue;
    const key = iconKey(entry.mark.icon, entry.mark.color);
    const image = images.get(`${entry.mark.icon}|${rgbaCss(entry.mark.color)}`);
    if (cache.has(key) || !image?.complete) continue;
    const canvas = document.createElement('canvas');
    canvas.width = ICON_PX;
    canvas.height = ICON_PX;
    canvas.getContext('2d')?.drawImage(image, 0, 0, ICON_PX, ICON_PX);
    cache.set(key, new Uint8Array(await (await canvasBlob(canvas)).arrayBuffer()));
  }
  return legend.map((entry) => {
    const icon = entry.mark.kind === 'icon' ? cache.get(iconKey(entry.mark.icon, entry.mark.color)) : undefined;
    return icon ? { ...entry, icon } : entry;
  });
}

export async function exportStoryboardHandout(job: JobContext, options: { includeNotes: boolean; now?: Date }): Promise<string> {
  const { store, map, signal, progress } = job;
  const count = storyboardOrThrow(job).views.length;
  progress(0, t('screenText.loadingFont'));
  const [{ buildHandoutPdf, docMeasure, handoutDoc }, { viewPageLayout }, fonts] = await Promise.all([import('./handout/handout-pdf'), import('./handout/view-page-layout'), loadHandoutFonts(signal)]);
  throwIfAborted(signal);
  const measure = docMeasure(handoutDoc(fonts));
  const container = map.map.getContainer();
  const screen = { width: container.clientWidth || 1280, height: container.clientHeight || 800 };
  const includeNotes = options.includeNotes;
  const icons = new Map<string, Uint8Array>();
  const views: HandoutView[] = [];
  await walkStoryboard(
    job,
    HANDOUT_CAPTURE,
    async (view, index, sized) => {
      const page = handoutView(store.getState(), view, screen);
      page.legend = await withIcons(page.legend, icons);
      const layout = viewPageLayout(page, { index, count, includeNotes }, measure);
      const crop = cropFor(sized.size, layout.picture.width / layout.picture.height);
      frameIntoCrop(map.map, sized, crop, view.bounds ?? cameraBounds(view.camera, screen));
      await settleMap(map, signal);
      views.push({ ...page, picture: await encodePicture(map.map, crop, layout.picture) });
    },
    { pixelRatio: PIXEL_RATIO },
  );
  throwIfAborted(signal);
  progress(0.97, t('mediaExport.stepWritingPdf'));
  const state = store.getState();
  const now = options.now ?? new Date();
  const handout: Handout = {
    title: storyboardTitle(state.storyboard),
    made: dayText(now),
    marking: readMarking(state),
    dataPeriod: dataPeriodText(state.dataset),
    views,
    sources: handoutSources(state.dataset),
    includeNotes,
  };
  const bytes = buildHandoutPdf(handout, fonts);
  const name = storyboardPdfName(handout.title, now);
  downloadBlob(name, new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  return name;
}
