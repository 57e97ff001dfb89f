/**
 * Paints an overlay layout on a 2D canvas: panels, text and the legend's marks. Everything is
 * drawn, nothing is screenshotted from the DOM.
 */
import { rgbaCss } from '../../domain/palette';
import { iconDataUrl } from '../../map/layers/icon-atlas';
import type { LegendEntry, LegendMark } from './legend-content';
import type { Box, Measure, OverlayLayout, TextLine } from './overlay-layout';

export const EXPORT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

export type OverlayTheme = 'light' | 'dark' | 'projector';

const PANELS: Record<OverlayTheme, { panel: string; ink: string; muted: string; line: string }> = {
  light: { panel: 'rgba(255, 255, 255, 0.92)', ink: '#1d2330', muted: '#4a5263', line: '#1d2330' },
  dark: { panel: 'rgba(28, 32, 40, 0.92)', ink: '#e8ebf0', muted: '#c3c9d4', line: '#e8ebf0' },
  projector: { panel: 'rgba(0, 0, 0, 0.9)', ink: '#ffffff', muted: '#ffffff', line: '#ffffff' },
};
const MARKING = { band: '#111111', ink: '#ffffff' };
const MARK_CHIP = '#eef0f3';

export function fontFor(px: number, bold: boolean): string {
  return `${bold ? '700 ' : ''}${px}px ${EXPORT_FONT}`;
}

/** A `measure` for layoutOverlay backed by a real canvas context. */
export function canvasMeasure(ctx: CanvasRenderingContext2D): Measure {
  return (text, px, bold) => {
    ctx.font = fontFor(px, bold);
    return ctx.measureText(text).width;
  };
}

/** The legend's symbol images, loaded once per export (SVG data URLs: no request leaves the app). */
export async function loadLegendIcons(entries: LegendEntry[]): Promise<Map<string, HTMLImageElement>> {
  const icons = new Map<string, HTMLImageElement>();
  await Promise.all(
    entries.map(async ({ mark }) => {
      if (mark.kind !== 'icon') return;
      const key = `${mark.icon}|${rgbaCss(mark.color)}`;
      if (icons.has(key)) return;
      const img = new Image();
      img.src = iconDataUrl(mark.icon, rgbaCss(mark.color));
      icons.set(key, img);
      await img.decode().catch(() => undefined);
    }),
  );
  return icons;
}

function fillBox(ctx: CanvasRenderingContext2D, box: Box, color: string, radius: number) {
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.width, box.height, radius);
  ctx.fill();
}

function drawLines(ctx: CanvasRenderingContext2D, lines: TextLine[], color: string) {
  ctx.fillStyle = color;
  ctx.textBaseline = 'top';
  for (const line of lines) {
    ctx.font = fontFor(line.fontPx, line.bold);
    ctx.textAlign = line.align;
    ctx.fillText(line.text, line.x, line.y);
  }
  ctx.textAlign = 'left';
}

function drawMark(ctx: CanvasRenderingContext2D, mark: LegendMark, box: Box, lineColor: string, icons: Map<string, HTMLImageElement>) {
  const midY = box.y + box.height / 2;
  ctx.save();
  if (mark.kind === 'swatch') {
    ctx.fillStyle = rgbaCss(mark.color);
    ctx.fillRect(box.x, box.y + box.height * 0.2, box.width, box.height * 0.6);
  } else if (mark.kind === 'line') {
    ctx.strokeStyle = lineColor;
    ctx.lineWidth = mark.style === 'wide' ? Math.max(3, box.height * 0.55) : Math.max(1.5, box.height * 0.16);
    if (mark.style === 'dashed') ctx.setLineDash([box.height * 0.4, box.height * 0.25]);
    if (mark.style === 'dotted') {
      ctx.globalAlpha = 0.7;
      ctx.setLineDash([Math.max(1.5, box.height * 0.12), box.height * 0.18]);
    }
    ctx.beginPath();
    ctx.moveTo(box.x, midY);
    ctx.lineTo(box.x + box.width, midY);
    ctx.stroke();
  } else if (mark.kind === 'flow') {
    // A schematic flow as on the map: translucent band, dashed centre line, arrow head.
    const [r, g, b] = mark.color;
    const head = box.height * 0.9;
    ctx.fillStyle = `rgba(${r}, ${g}, ${b}, 0.4)`;
    ctx.fillRect(box.x, midY - box.height * 0.25, box.width - head * 0.6, box.height * 0.5);
    ctx.strokeStyle = rgbaCss(mark.color);
    ctx.lineWidth = Math.max(1, box.height * 0.08);
    ctx.setLineDash([box.height * 0.25, box.height * 0.18]);
    ctx.beginPath();
    ctx.moveTo(box.x, midY);
    ctx.lineTo(box.x + box.width - head * 0.6, midY);
    ctx.stroke();
    ctx.fillStyle = `rgba(${r}, ${g}, ${b}, 0.7)`;
    ctx.beginPath();
    ctx.moveTo(box.x + box.width, midY);
    ctx.lineTo(box.x + box.width - head, midY - head / 2);
    ctx.lineTo(box.x + box.width - head, midY + head / 2);
    ctx.closePath();
    ctx.fill();
  } else if (mark.kind === 'area') {
    const inset = box.height * 0.15;
    ctx.fillStyle = rgbaCss(mark.fill);
    ctx.strokeStyle = rgbaCss(mark.line);
    ctx.lineWidth = Math.max(1, box.height * 0.1);
    ctx.fillRect(box.x, box.y + inset, box.width, box.height - 2 * inset);
    ctx.strokeRect(box.x, box.y + inset, box.width, box.height - 2 * inset);
  } else if (mark.kind === 'icon') {
    const img = icons.get(`${mark.icon}|${rgbaCss(mark.color)}`);
    if (img?.complete) ctx.drawImage(img, box.x + (box.width - box.height) / 2, box.y, box.height, box.height);
  } else {
    const r = box.height * 0.35;
    ctx.beginPath();
    ctx.arc(box.x + box.width / 2, midY, r, 0, Math.PI * 2);
    if (mark.hollow) {
      ctx.strokeStyle = rgbaCss(mark.color);
      ctx.lineWidth = Math.max(1.5, r * 0.4);
      ctx.stroke();
    } else {
      ctx.fillStyle = rgbaCss(mark.color);
      ctx.fill();
    }
  }
  ctx.restore();
}

export function drawOverlay(ctx: CanvasRenderingContext2D, layout: OverlayLayout, theme: OverlayTheme, icons: Map<string, HTMLImageElement>) {
  const colors = PANELS[theme];
  const radius = Math.max(3, Math.round(8 * layout.scale));
  for (const band of [layout.markingTop, layout.markingBottom]) {
    if (!band) continue;
    ctx.fillStyle = MARKING.band;
    ctx.fillRect(band.box.x, band.box.y, band.box.width, band.box.height);
    drawLines(ctx, band.lines, MARKING.ink);
  }
  fillBox(ctx, layout.header.box, colors.panel, radius);
  drawLines(ctx, layout.header.lines, colors.ink);
  if (layout.legend) {
    fillBox(ctx, layout.legend.box, colors.panel, radius);
    for (const item of layout.legend.items) {
      // On dark panels the marks sit on a light chip: dark symbols (black sea legs, hubs) stay
      // visible and every colour reads as it does on the light map.
      if (theme !== 'light') fillBox(ctx, { x: item.markBox.x - 2, y: item.markBox.y - 2, width: item.markBox.width + 4, height: item.markBox.height + 4 }, MARK_CHIP, 3);
      drawMark(ctx, item.mark, item.markBox, theme === 'light' ? colors.line : PANELS.light.line, icons);
      drawLines(ctx, item.lines, colors.ink);
    }
  }
  if (layout.footer) {
    fillBox(ctx, layout.footer.box, colors.panel, radius);
    drawLines(ctx, layout.footer.lines, colors.muted);
  }
}
