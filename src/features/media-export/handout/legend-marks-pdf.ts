/**
 * The legend's marks drawn as vector shapes in the PDF, as draw-overlay.ts paints them on a
 * canvas: colour swatches, line styles, schematic flows, areas, dots; symbols as the app's own
 * icons (PNG bytes) or, without them, a ring in the symbol's colour.
 */
import type { jsPDF } from 'jspdf';
import type { RGBA } from '../../../domain/palette';
import type { HandoutLegendEntry } from './handout-model';
import type { Rect } from './page-geometry';

export const INK: [number, number, number] = [29, 35, 48];

/** A translucent colour as it prints on white paper. */
function onWhite([r, g, b]: RGBA, alpha: number): [number, number, number] {
  const mix = (c: number) => Math.round(c * alpha + 255 * (1 - alpha));
  return [mix(r), mix(g), mix(b)];
}

const rgb = (c: RGBA): [number, number, number] => [c[0], c[1], c[2]];

function solid(doc: jsPDF) {
  doc.setLineDashPattern([], 0);
}

export function drawLegendMark(doc: jsPDF, entry: HandoutLegendEntry, box: Rect) {
  const { mark } = entry;
  const midY = box.y + box.height / 2;
  solid(doc);
  doc.setLineCap('butt');
  if (mark.kind === 'swatch') {
    doc.setFillColor(...rgb(mark.color));
    doc.rect(box.x, box.y + box.height * 0.2, box.width, box.height * 0.6, 'F');
  } else if (mark.kind === 'line') {
    doc.setDrawColor(...INK);
    doc.setLineWidth(mark.style === 'wide' ? box.height * 0.55 : 0.45);
    if (mark.style === 'dashed') doc.setLineDashPattern([1.3, 0.8], 0);
    if (mark.style === 'dotted') {
      doc.setDrawColor(110, 116, 128);
      doc.setLineCap('round');
      doc.setLineDashPattern([0.05, 0.75], 0);
    }
    doc.line(box.x, midY, box.x + box.width, midY);
  } else if (mark.kind === 'flow') {
    const head = box.height * 0.9;
    doc.setFillColor(...onWhite(mark.color, 0.4));
    doc.rect(box.x, midY - box.height * 0.25, box.width - head * 0.6, box.height * 0.5, 'F');
    doc.setDrawColor(...rgb(mark.color));
    doc.setLineWidth(0.25);
    doc.setLineDashPattern([0.8, 0.5], 0);
    doc.line(box.x, midY, box.x + box.width - head * 0.6, midY);
    solid(doc);
    doc.setFillColor(...onWhite(mark.color, 0.7));
    doc.triangle(box.x + box.width, midY, box.x + box.width - head, midY - head / 2, box.x + box.width - head, midY + head / 2, 'F');
  } else if (mark.kind === 'area') {
    const inset = box.height * 0.15;
    doc.setFillColor(...onWhite(mark.fill, mark.fill[3] / 255));
    doc.setDrawColor(...rgb(mark.line));
    doc.setLineWidth(0.3);
    doc.rect(box.x, box.y + inset, box.width, box.height - 2 * inset, 'FD');
  } else if (mark.kind === 'icon') {
    const size = box.height * 1.25;
    const x = box.x + (box.width - size) / 2;
    if (entry.icon) doc.addImage(entry.icon, 'PNG', x, midY - size / 2, size, size);
    else {
      doc.setDrawColor(...rgb(mark.color));
      doc.setLineWidth(0.5);
      doc.circle(box.x + box.width / 2, midY, size * 0.35, 'S');
    }
  } else {
    const r = box.height * 0.35;
    if (mark.hollow) {
      doc.setDrawColor(...rgb(mark.color));
      doc.setLineWidth(0.45);
      doc.circle(box.x + box.width / 2, midY, r, 'S');
    } else {
      doc.setFillColor(...onWhite(mark.color, mark.color[3] / 255));
      doc.circle(box.x + box.width / 2, midY, r, 'F');
    }
  }
  solid(doc);
  doc.setLineCap('butt');
}
