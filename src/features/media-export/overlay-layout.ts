/**
 * Where the burned-in text and legend go on an exported image or video frame: marking bands at top
 * and bottom, title and month at top left, legend at top right, caption and sources at the bottom.
 * Pure: text widths come from an injected `measure`, so layouts can be tested without a canvas.
 */
import type { LegendEntry, LegendMark } from './legend-content';

export interface OverlayContent {
  title: string;
  /** 'October 2015' or 'August – October 2015'. */
  period: string;
  caption: string;
  sources: string;
  /** Handling or classification caveat; '' = none. */
  marking: string;
  legend: LegendEntry[];
}

export type Measure = (text: string, fontPx: number, bold: boolean) => number;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of text; `y` is its top (textBaseline 'top'). */
export interface TextLine {
  text: string;
  x: number;
  y: number;
  fontPx: number;
  bold: boolean;
  align: 'left' | 'center';
}

export interface TextBlock {
  box: Box;
  lines: TextLine[];
}

export interface LegendItemLayout {
  mark: LegendMark;
  markBox: Box;
  lines: TextLine[];
}

export interface OverlayLayout {
  scale: number;
  markingTop: TextBlock | null;
  markingBottom: TextBlock | null;
  header: TextBlock;
  legend: { box: Box; items: LegendItemLayout[]; omitted: number } | null;
  footer: TextBlock | null;
}

/** Smallest text drawn at any size: still legible in a small video. */
export const MIN_FONT_PX = 11;
/** Below this scale (about 960 px wide) a legend would be too small to read, so it is left out. */
export const LEGEND_MIN_SCALE = 0.5;
const LINE_HEIGHT = 1.25;

/** Greedy word wrap; a word longer than the width is cut rather than overflowing. */
export function wrapText(text: string, maxWidth: number, fontPx: number, bold: boolean, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, fontPx, bold) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (measure(rest, fontPx, bold) > maxWidth && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut), fontPx, bold) > maxWidth) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    if (line) lines.push(line);
  }
  return lines;
}

export function layoutOverlay(width: number, height: number, content: OverlayContent, measure: Measure): OverlayLayout {
  const scale = Math.min(width / 1920, height / 1080);
  const font = (px: number) => Math.max(MIN_FONT_PX, Math.round(px * scale));
  const pad = Math.max(6, Math.round(16 * scale));
  const lineH = (px: number) => Math.ceil(px * LINE_HEIGHT);

  const band = (y: number): TextBlock => {
    const px = font(22);
    const h = lineH(px) + pad;
    const text = wrapText(content.marking.toUpperCase(), width - 2 * pad, px, true, measure)[0] ?? '';
    return { box: { x: 0, y, width, height: h }, lines: [{ text, x: width / 2, y: y + pad / 2, fontPx: px, bold: true, align: 'center' }] };
  };
  const marked = content.marking.trim() !== '';
  const markingTop = marked ? band(0) : null;
  const bottomBandH = marked ? band(0).box.height : 0;
  const markingBottom = marked ? band(height - bottomBandH) : null;
  const top = (markingTop?.box.height ?? 0) + pad;
  const bottom = height - bottomBandH - pad;

  // Footer: caption, then sources, across the width.
  const footerWidth = width - 2 * pad;
  const footerRows: { text: string; px: number; bold: boolean }[] = [];
  const captionPx = font(24);
  const sourcePx = font(16);
  for (const t of wrapText(content.caption, footerWidth - 2 * pad, captionPx, false, measure)) footerRows.push({ text: t, px: captionPx, bold: false });
  for (const t of wrapText(content.sources, footerWidth - 2 * pad, sourcePx, false, measure)) footerRows.push({ text: t, px: sourcePx, bold: false });
  let footer: TextBlock | null = null;
  if (footerRows.length) {
    const h = footerRows.reduce((sum, r) => sum + lineH(r.px), 0) + pad;
    const box = { x: pad, y: bottom - h, width: footerWidth, height: h };
    let y = box.y + pad / 2;
    const lines = footerRows.map((r) => {
      const line: TextLine = { text: r.text, x: box.x + pad, y, fontPx: r.px, bold: r.bold, align: 'left' };
      y += lineH(r.px);
      return line;
    });
    footer = { box, lines };
  }
  const contentBottom = (footer?.box.y ?? bottom + pad) - pad;

  // Header: title and period at top left.
  const legendWanted = scale >= LEGEND_MIN_SCALE && content.legend.length > 0;
  const headerMax = (legendWanted ? width * 0.6 : width - 2 * pad) - 2 * pad;
  const titlePx = font(40);
  const periodPx = font(32);
  const rows = [
    ...wrapText(content.title, headerMax, titlePx, true, measure).map((text) => ({ text, px: titlePx, bold: true })),
    ...wrapText(content.period, headerMax, periodPx, false, measure).map((text) => ({ text, px: periodPx, bold: false })),
  ];
  const headerInner = Math.max(0, ...rows.map((r) => measure(r.text, r.px, r.bold)));
  const headerBox = { x: pad, y: top, width: Math.ceil(headerInner) + 2 * pad, height: rows.reduce((s, r) => s + lineH(r.px), 0) + pad };
  let hy = headerBox.y + pad / 2;
  const header: TextBlock = {
    box: headerBox,
    lines: rows.map((r) => {
      const line: TextLine = { text: r.text, x: headerBox.x + pad, y: hy, fontPx: r.px, bold: r.bold, align: 'left' };
      hy += lineH(r.px);
      return line;
    }),
  };

  const legend = legendWanted ? layoutLegend(width, top, contentBottom, pad, font(18), content.legend, measure, scale) : null;
  return { scale, markingTop, markingBottom, header, legend, footer };
}

function layoutLegend(width: number, top: number, maxBottom: number, pad: number, px: number, entries: LegendEntry[], measure: Measure, scale: number) {
  const boxWidth = Math.round(Math.min(width * 0.3, 460 * Math.max(scale, 1)));
  const x = width - pad - boxWidth;
  const markW = Math.round(px * 1.8);
  const textX = x + pad + markW + Math.round(px * 0.5);
  const textWidth = x + boxWidth - pad - textX;
  const items: LegendItemLayout[] = [];
  let y = top + pad / 2;
  let omitted = 0;
  for (const entry of entries) {
    const texts = wrapText(entry.label, textWidth, px, false, measure);
    const h = texts.length * Math.ceil(px * LINE_HEIGHT);
    // Entries that do not fit above the footer are counted, not squeezed.
    if (y + h + pad / 2 > maxBottom || omitted > 0) {
      omitted++;
      continue;
    }
    items.push({
      mark: entry.mark,
      markBox: { x: x + pad, y: y + Math.round(px * 0.1), width: markW, height: px },
      lines: texts.map((text, i) => ({ text, x: textX, y: y + i * Math.ceil(px * LINE_HEIGHT), fontPx: px, bold: false, align: 'left' })),
    });
    y += h;
  }
  if (items.length === 0) return null;
  return { box: { x, y: top, width: boxWidth, height: y - top + pad / 2 }, items, omitted };
}
