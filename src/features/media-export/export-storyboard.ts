/**
 * All storyboard views as PNGs in one zip. Each view is applied without animation, rendered and
 * captured; the user's own view comes back at the end. The PDF handout (export-handout.ts) walks
 * the views the same way.
 */
import { downloadBlob } from '../download';
import type { StoryView } from '../../domain/storyboard';
import { canvasBlob, createComposer, overlayContent, themeOf } from './compose';
import type { JobContext } from './export-png';
import { currentView, readStoryboard, type StoryAccess } from './export-state';
import { storyboardZipName, storyViewFileName, type PixelSize } from './file-names';
import { nextFrames, settleMap, sizeMapFor, throwIfAborted, type SizedMap } from './map-capture';
import { frameViewForExport } from './frame-view';
import { t } from '../../domain/i18n';

export function storyboardOrThrow(job: JobContext): StoryAccess {
  const story = readStoryboard(job.store.getState());
  if (story.views.length === 0) throw new Error(t('screenText.storyboardEmpty'));
  return story;
}

export type ViewVisit = (view: StoryView, index: number, sized: SizedMap) => Promise<void>;

/**
 * Sizes the map for `size`, applies each view in turn and hands it to `visit` (which frames and
 * captures it); puts the user's view back, also when cancelled or failed.
 */
export async function walkStoryboard(job: JobContext, size: PixelSize, visit: ViewVisit, options: { pixelRatio?: number } = {}) {
  const { store, map, signal, progress } = job;
  const story = storyboardOrThrow(job);
  const center = map.map.getCenter();
  const saved = currentView(store.getState(), { lon: center.lng, lat: center.lat, zoom: map.map.getZoom() });
  // Applying the views moves the clicker's place in the storyboard: PageDown afterwards goes on from where the user was.
  const cursor = store.getState().viewCursor;
  const sized = await sizeMapFor(map, size, signal, options);
  try {
    for (const [index, view] of story.views.entries()) {
      throwIfAborted(signal);
      progress(index / story.views.length, t('mediaExport.stepView', { index: index + 1, count: story.views.length, title: view.title || view.month }));
      story.applyView(view, { animate: false });
      // The view's camera moves the map a frame or two later; the visit then frames the view's area.
      await nextFrames(3);
      await visit(view, index, sized);
    }
  } finally {
    story.applyView(saved, { animate: false });
    store.setState({ viewCursor: cursor });
    await sized.restore();
  }
}

export async function exportStoryboardZip(job: JobContext, size: PixelSize): Promise<string> {
  const { zipSync } = await import('fflate');
  const files: Record<string, Uint8Array> = {};
  await walkStoryboard(job, size, async (view, index, sized) => {
    // The view's area is fitted into the part of the picture the overlay leaves free (an older
    // view without bounds: the same centre, zoom raised to the export size).
    const content = overlayContent(job.store.getState(), { title: view.title, caption: view.caption, legend: true, area: view.bounds });
    frameViewForExport(job.map.map, view, sized, content);
    await settleMap(job.map, job.signal);
    const composer = await createComposer(sized.size, content);
    composer.compose(sized, content, themeOf(job.store.getState()));
    files[storyViewFileName(index, view.month, view.title)] = new Uint8Array(await (await canvasBlob(composer.canvas)).arrayBuffer());
  });
  throwIfAborted(job.signal);
  job.progress(0.98, t('mediaExport.stepZip'));
  // PNGs are compressed already: store them.
  const zipped = zipSync(files, { level: 0 });
  const name = storyboardZipName(Object.keys(files).length, size);
  downloadBlob(name, new Blob([zipped], { type: 'application/zip' }));
  return name;
}
