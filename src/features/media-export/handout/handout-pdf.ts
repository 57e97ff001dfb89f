/**
 * The handout as PDF bytes, from plain data and the font files: DejaVu Sans is embedded (jsPDF
 * subsets it, Identity-H with a ToUnicode map), so č ć š ž đ, Cyrillic and Greek print as typed
 * and come back as typed when the text is copied or searched. Runs in the browser and in Node.
 */
import { jsPDF } from 'jspdf';
import type { Handout, HandoutFonts } from './handout-model';
import { drawLegendMark, INK } from './legend-marks-pdf';
import { MARGIN, PAGE_SIZE, type Orientation } from './page-geometry';
import { planHandout, type PagePlan } from './handout-plan';
import { PT, type Measure, type PlacedLine } from './handout-text';
import { t } from '../../../domain/i18n';

export const HANDOUT_FONT = 'DejaVuSans';
const MUTED: [number, number, number] = [74, 82, 99];
const FRAME: [number, number, number] = [170, 176, 186];

/** Base64 of bytes, in slices (String.fromCharCode takes a limited number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** An A4 document with DejaVu Sans regular and bold registered. */
export function handoutDoc(fonts: HandoutFonts): jsPDF {
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  doc.addFileToVFS('DejaVuSans.ttf', toBase64(fonts.regular));
  doc.addFont('DejaVuSans.ttf', HANDOUT_FONT, 'normal', 'Identity-H');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', toBase64(fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', HANDOUT_FONT, 'bold', 'Identity-H');
  doc.setFont(HANDOUT_FONT, 'normal');
  return doc;
}

/** Text widths in mm from the embedded font's metrics. */
export function docMeasure(doc: jsPDF): Measure {
  return (text, pt, bold) => {
    doc.setFont(HANDOUT_FONT, bold ? 'bold' : 'normal');
    doc.setFontSize(pt);
    return doc.getTextWidth(text);
  };
}

function drawLines(doc: jsPDF, lines: PlacedLine[]) {
  for (const line of lines) {
    doc.setFont(HANDOUT_FONT, line.bold ? 'bold' : 'normal');
    doc.setFontSize(line.pt);
    doc.setTextColor(...(line.tone === 'muted' ? MUTED : INK));
    doc.text(line.text, line.x, line.y, { baseline: 'top', align: line.align ?? 'left' });
  }
}

function drawViewPage(doc: jsPDF, handout: Handout, plan: Extract<PagePlan, { kind: 'view' }>) {
  const { layout } = plan;
  const view = handout.views[plan.view];
  drawLines(doc, layout.top);
  const { x, y, width, height } = layout.picture;
  if (view?.picture) doc.addImage(view.picture.bytes, view.picture.format, x, y, width, height, `view-${plan.view}`, 'NONE');
  doc.setDrawColor(...FRAME);
  doc.setLineWidth(0.2);
  doc.rect(x, y, width, height, 'S');
  if (layout.legend) {
    drawLines(doc, [layout.legend.heading]);
    for (const item of layout.legend.items) {
      drawLegendMark(doc, item.entry, item.markBox);
      drawLines(doc, item.lines);
    }
  }
  drawLines(doc, layout.credits);
}

/** Marking at the top and bottom, the running title and the page number on every page. */
function drawStrips(doc: jsPDF, handout: Handout, orientation: Orientation, page: number, pages: number) {
  const size = PAGE_SIZE[orientation];
  const strip: PlacedLine[] = [
    { text: t('handout.runningTitle', { title: handout.title, made: handout.made }), x: MARGIN, y: size.height - 9.5, pt: PT.strip, bold: false, tone: 'muted' },
    { text: t('handout.page', { page, pages }), x: size.width - MARGIN, y: size.height - 9.5, pt: PT.strip, bold: false, tone: 'muted', align: 'right' },
  ];
  if (handout.marking) {
    strip.push({ text: handout.marking, x: size.width / 2, y: 4.5, pt: PT.strip, bold: true, tone: 'ink', align: 'center' });
    strip.push({ text: handout.marking, x: size.width / 2, y: size.height - 5.5, pt: PT.strip, bold: true, tone: 'ink', align: 'center' });
  }
  drawLines(doc, strip);
}

export function buildHandoutPdf(handout: Handout, fonts: HandoutFonts): Uint8Array {
  const doc = handoutDoc(fonts);
  doc.setProperties({ title: handout.title, subject: t('handout.subject'), creator: 'RouteShift' });
  const plan = planHandout(handout, docMeasure(doc));
  plan.forEach((page, i) => {
    if (i > 0) doc.addPage('a4', page.orientation);
    if (page.kind === 'view') drawViewPage(doc, handout, page);
    else drawLines(doc, page.lines);
    drawStrips(doc, handout, page.orientation, i + 1, plan.length);
  });
  return new Uint8Array(doc.output('arraybuffer'));
}
