/**
 * The legend on a handout's view page: marks and labels at 8 pt in one or more columns, read top
 * to bottom, then the next column.
 */
import type { HandoutLegendEntry } from './handout-model';
import type { Rect } from './page-geometry';
import { lineHeight, PT, wrap, type Measure, type PlacedLine } from './handout-text';
import { t } from '../../../domain/i18n';

export const LEGEND_COLUMN = 62;
export const LEGEND_GAP = 4;
const MARK = { width: 7, height: 3.2 };
const TEXT_OFFSET = MARK.width + 2;
const ITEM_GAP = 1.1;
const HEADING_GAP = 1.5;

export interface LegendItemPlaced {
  entry: HandoutLegendEntry;
  markBox: Rect;
  lines: PlacedLine[];
}

export interface LegendPlaced {
  box: Rect;
  heading: PlacedLine;
  items: LegendItemPlaced[];
}

export interface LegendBlock {
  width: number;
  height: number;
  place: (x: number, y: number) => LegendPlaced;
}

/** Splits `heights` in order into at most `columns` runs, keeping the tallest run as short as it can be. */
export function splitColumns(heights: number[], columns: number): number[][] {
  const total = heights.reduce((a, b) => a + b, 0);
  const fill = (limit: number) => {
    const runs: number[][] = [[]];
    let used = 0;
    heights.forEach((h, i) => {
      const run = runs[runs.length - 1] as number[];
      if (run.length > 0 && used + h > limit) {
        runs.push([i]);
        used = h;
      } else {
        run.push(i);
        used += h;
      }
    });
    return runs;
  };
  let low = Math.max(0, ...heights);
  let high = Math.max(low, total);
  for (let step = 0; step < 30; step++) {
    const mid = (low + high) / 2;
    if (fill(mid).length <= columns) high = mid;
    else low = mid;
  }
  return fill(high + 1e-6);
}

/** The legend in `columns` columns, measured, ready to be placed. */
export function legendBlock(entries: HandoutLegendEntry[], columns: number, measure: Measure): LegendBlock {
  const style = { pt: PT.legend };
  const step = lineHeight(PT.legend);
  const texts = entries.map((entry) => wrap(entry.label, LEGEND_COLUMN - TEXT_OFFSET, style, measure));
  const heights = texts.map((lines) => Math.max(lines.length * step, MARK.height) + ITEM_GAP);
  const runs = splitColumns(heights, columns);
  const headingH = step + HEADING_GAP;
  const bodyH = Math.max(0, ...runs.map((run) => run.reduce((sum, i) => sum + (heights[i] ?? 0), 0)));
  const width = runs.length * LEGEND_COLUMN + (runs.length - 1) * LEGEND_GAP;
  const height = headingH + bodyH - ITEM_GAP;
  return {
    width,
    height,
    place: (x, y) => {
      const items: LegendItemPlaced[] = [];
      runs.forEach((run, column) => {
        const colX = x + column * (LEGEND_COLUMN + LEGEND_GAP);
        let itemY = y + headingH;
        for (const i of run) {
          const entry = entries[i] as HandoutLegendEntry;
          const lines = (texts[i] ?? []).map((text, n): PlacedLine => ({ text, x: colX + TEXT_OFFSET, y: itemY + n * step, pt: PT.legend, bold: false, tone: 'ink' }));
          items.push({ entry, markBox: { x: colX, y: itemY + (step - MARK.height) / 2, width: MARK.width, height: MARK.height }, lines });
          itemY += heights[i] ?? 0;
        }
      });
      return { box: { x, y, width, height }, heading: { text: t('handout.legend'), x, y, pt: PT.legend, bold: true, tone: 'ink' }, items };
    },
  };
}
