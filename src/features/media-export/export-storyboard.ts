/**
 * All storyboard views as PNGs in one zip, or as a PDF handout (A4 landscape: picture, title,
 * month, caption, the view's own sources, speaker notes, marking, data sources, page numbers).
 * Each view is applied without animation, rendered and captured; the user's own view comes back
 * at the end.
 */
import { downloadBlob } from '../download';
import type { StoryView } from '../../domain/storyboard';
import { storySourceTitles } from '../../domain/story-sources';
import { canvasBlob, createComposer, overlayContent, themeOf } from './compose';
import type { JobContext } from './export-png';
import { currentView, readMarking, readStoryboard, type StoryAccess } from './export-state';
import { storyboardPdfName, storyboardZipName, storyViewFileName, type PixelSize } from './file-names';
import { nextFrames, settleMap, sizeMapFor, throwIfAborted } from './map-capture';
import type { OverlayContent } from './overlay-layout';
import { frameViewForExport } from './frame-view';

interface Captured {
  view: StoryView;
  index: number;
  canvas: HTMLCanvasElement;
  content: OverlayContent;
}

function storyboardOrThrow(job: JobContext): StoryAccess {
  const story = readStoryboard(job.store.getState());
  if (story.views.length === 0) throw new Error('The storyboard has no views yet: capture a view first.');
  return story;
}

/** Applies each view in turn and hands its composed picture to `take`; puts the user's view back. */
async function eachView(job: JobContext, size: PixelSize, take: (c: Captured) => Promise<void>) {
  const { store, map, signal, progress } = job;
  const story = storyboardOrThrow(job);
  const center = map.map.getCenter();
  const saved = currentView(store.getState(), { lon: center.lng, lat: center.lat, zoom: map.map.getZoom() });
  // Applying the views moves the clicker's place in the storyboard: PageDown afterwards goes on from where the user was.
  const cursor = store.getState().viewCursor;
  const sized = await sizeMapFor(map, size, signal);
  try {
    for (const [index, view] of story.views.entries()) {
      throwIfAborted(signal);
      progress(index / story.views.length, `View ${index + 1} of ${story.views.length}: ${view.title || view.month}`);
      story.applyView(view, { animate: false });
      // The view's camera moves the map a frame or two later; then its area is fitted into the part
      // of the picture the overlay leaves free (an older view without bounds: the same centre, zoom
      // raised to the export size).
      await nextFrames(3);
      const content = overlayContent(store.getState(), { title: view.title, caption: view.caption, legend: true });
      frameViewForExport(map.map, view, sized, content);
      await settleMap(map, signal);
      const state = store.getState();
      const composer = await createComposer(sized.size, content);
      composer.compose(sized, content, themeOf(state));
      await take({ view, index, canvas: composer.canvas, content });
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
  await eachView(job, size, async ({ view, index, canvas }) => {
    files[storyViewFileName(index, view.month, view.title)] = new Uint8Array(await (await canvasBlob(canvas)).arrayBuffer());
  });
  throwIfAborted(job.signal);
  job.progress(0.98, 'Packing the zip');
  // PNGs are compressed already: store them.
  const zipped = zipSync(files, { level: 0 });
  const name = storyboardZipName(Object.keys(files).length, size);
  downloadBlob(name, new Blob([zipped], { type: 'application/zip' }));
  return name;
}

const PAGE = { width: 297, height: 210, margin: 12 };

/** jsPDF's built-in Helvetica covers Latin-1 only: other characters are spelled out or stripped. */
export function pdfText(text: string): string {
  return text
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2192/g, '->')
    .replace(/\u221a\s*/g, 'sqrt ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2026/g, '...')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\n\x20-\xff]/g, '?');
}

export async function exportStoryboardPdf(job: JobContext, size: PixelSize): Promise<string> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4' });
  const marking = readMarking(job.store.getState());
  const count = storyboardOrThrow(job).views.length;
  const datasetSources = job.store.getState().dataset?.sources ?? [];
  const imageW = 180;
  const imageH = (imageW * size.height) / size.width;
  const side = { x: PAGE.margin + imageW + 8, width: PAGE.width - 2 * PAGE.margin - imageW - 8 };
  await eachView(job, size, async ({ view, index, canvas, content }) => {
    if (index > 0) doc.addPage();
    let y = PAGE.margin;
    if (marking) {
      doc.setFont('helvetica', 'bold').setFontSize(10);
      doc.text(pdfText(marking.toUpperCase()), PAGE.width / 2, 7, { align: 'center' });
      doc.text(pdfText(marking.toUpperCase()), PAGE.width / 2, PAGE.height - 4, { align: 'center' });
    }
    doc.setFont('helvetica', 'bold').setFontSize(18);
    doc.text(pdfText(view.title || 'Untitled view'), PAGE.margin, y + 6);
    doc.setFont('helvetica', 'normal').setFontSize(12);
    doc.text(pdfText(content.period), PAGE.margin, y + 13);
    y += 18;
    doc.addImage(canvas.toDataURL('image/jpeg', 0.9), 'JPEG', PAGE.margin, y, imageW, imageH);
    let sideY = y + 4;
    const block = (heading: string, text: string) => {
      if (!text.trim()) return;
      doc.setFont('helvetica', 'bold').setFontSize(11);
      doc.text(heading, side.x, sideY);
      sideY += 5;
      doc.setFont('helvetica', 'normal').setFontSize(10);
      const lines = doc.splitTextToSize(pdfText(text), side.width) as string[];
      doc.text(lines, side.x, sideY);
      sideY += lines.length * 4.4 + 4;
    };
    block('Caption', view.caption);
    block('Sources', storySourceTitles(datasetSources, view.sources).map((title) => `- ${title}`).join('\n'));
    block('Speaker notes', view.notes);
    doc.setFont('helvetica', 'normal').setFontSize(8);
    const sources = doc.splitTextToSize(pdfText(content.sources), PAGE.width - 2 * PAGE.margin) as string[];
    doc.text(sources, PAGE.margin, Math.min(y + imageH + 6, PAGE.height - 14 - sources.length * 3.4));
    doc.text(`${index + 1} / ${count}`, PAGE.width - PAGE.margin, PAGE.height - 9, { align: 'right' });
  });
  throwIfAborted(job.signal);
  const name = storyboardPdfName(count);
  downloadBlob(name, doc.output('blob'));
  return name;
}
