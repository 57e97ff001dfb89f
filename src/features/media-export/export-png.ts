/** PNG of the current view at a chosen size, with the overlay burned in. */
import { downloadBlob } from '../download';
import type { MapHandle } from '../../map/MapView';
import type { AppStore } from '../../state/store';
import { canvasBlob, createComposer, overlayContent, themeOf } from './compose';
import { windowMonths } from './export-state';
import { pngFileName, type PixelSize } from './file-names';
import { settleMap, sizeMapFor, throwIfAborted } from './map-capture';
import { frameBounds, visibleBounds } from './frame-view';
import { t } from '../../domain/i18n';

export interface JobContext {
  store: AppStore;
  map: MapHandle;
  signal: AbortSignal;
  /** 0..1 and what is happening. */
  progress: (fraction: number, label: string) => void;
}

export async function exportPng(job: JobContext, options: { size: PixelSize | null; title: string; caption: string }): Promise<string> {
  const { store, map, signal, progress } = job;
  progress(0.05, t('mediaExport.stepRenderingMap'));
  // The area on screen is what the picture shows, fitted into the part the title, legend and caption leave free.
  const area = visibleBounds(map.map);
  const camera = { center: map.map.getCenter(), zoom: map.map.getZoom() };
  const sized = await sizeMapFor(map, options.size, signal);
  try {
    throwIfAborted(signal);
    const state = store.getState();
    const content = overlayContent(state, { title: options.title, caption: options.caption, legend: true, area });
    if (frameBounds(map.map, sized, content, area)) await settleMap(map, signal);
    progress(0.6, t('mediaExport.stepDrawing'));
    const composer = await createComposer(sized.size, content);
    composer.compose(sized, content, themeOf(state));
    const blob = await canvasBlob(composer.canvas);
    throwIfAborted(signal);
    const name = pngFileName(windowMonths(state), options.title, sized.size);
    progress(1, 'Saving');
    downloadBlob(name, blob);
    return name;
  } finally {
    await sized.restore();
    map.map.jumpTo(camera);
  }
}
