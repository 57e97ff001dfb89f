/**
 * Text that runs over columns and pages: the source list and captions too long for their view's
 * page. Entries are wrapped into rows, rows poured into columns; an entry is kept in one column
 * unless it is longer than a column.
 */
import type { Rect } from './page-geometry';
import { lineHeight, wrap, type Measure, type PlacedLine, type TextStyle } from './handout-text';

export interface FlowEntry {
  text: string;
  style: TextStyle;
  /** Printed bold in a gutter left of the entry's first line (a source's key). */
  gutter?: string;
  /** Space above the entry, mm (not at the top of a column). */
  gapBefore?: number;
}

interface Row {
  height: number;
  gapBefore: number;
  place: (x: number, y: number) => PlacedLine[];
}

export interface FlowFrame {
  columns: number;
  columnGap: number;
  /** Gutter width for keys, mm (0 = none). */
  gutter: number;
}

function rowsOf(entry: FlowEntry, width: number, gutter: number, measure: Measure): Row[] {
  const step = lineHeight(entry.style.pt);
  const gutterFits = entry.gutter !== undefined && measure(entry.gutter, entry.style.pt, true) <= gutter - 1;
  const textX = gutter;
  const rows: Row[] = [];
  // A key wider than the gutter gets a line of its own.
  if (entry.gutter !== undefined && !gutterFits) {
    const key = entry.gutter;
    rows.push({ height: step, gapBefore: entry.gapBefore ?? 0, place: (x, y) => [{ text: key, x, y, pt: entry.style.pt, bold: true, tone: 'ink' }] });
  }
  wrap(entry.text, width - textX, entry.style, measure).forEach((text, i) => {
    const first = i === 0;
    rows.push({
      height: step,
      gapBefore: first && rows.length === 0 ? (entry.gapBefore ?? 0) : 0,
      place: (x, y) => {
        const line: PlacedLine = { text, x: x + textX, y, pt: entry.style.pt, bold: entry.style.bold ?? false, tone: entry.style.tone ?? 'ink' };
        return first && gutterFits && entry.gutter ? [{ text: entry.gutter, x, y, pt: entry.style.pt, bold: true, tone: 'ink' }, line] : [line];
      },
    });
  });
  return rows;
}

/**
 * Pours `entries` into columns on as many pages as they need. `areaOf(page)` is the area text may
 * take on the n-th page (the first page has a heading above it). Returns each page's lines.
 */
export function flowText(entries: FlowEntry[], frame: FlowFrame, areaOf: (page: number) => Rect, measure: Measure): PlacedLine[][] {
  const pages: PlacedLine[][] = [];
  let page = -1;
  let column = frame.columns;
  let area: Rect = areaOf(0);
  let columnWidth = 0;
  let y = 0;
  const nextColumn = () => {
    column++;
    if (column >= frame.columns) {
      page++;
      pages.push([]);
      area = areaOf(page);
      column = 0;
    }
    columnWidth = (area.width - (frame.columns - 1) * frame.columnGap) / frame.columns;
    y = area.y;
  };
  nextColumn();
  for (const entry of entries) {
    // Every page's area has the same width: only its top moves (a heading on the first page).
    const rows = rowsOf(entry, columnWidth, frame.gutter, measure);
    // An entry that fits in a column is kept together; a longer one runs on.
    const height = rows.reduce((sum, row) => sum + row.height, 0);
    if (y > area.y && y + (rows[0]?.gapBefore ?? 0) + height > area.y + area.height && height <= area.height) nextColumn();
    for (const row of rows) {
      if (y > area.y && y + row.gapBefore + row.height > area.y + area.height) nextColumn();
      const top = y > area.y ? y + row.gapBefore : y;
      const x = area.x + column * (columnWidth + frame.columnGap);
      (pages[page] as PlacedLine[]).push(...row.place(x, top));
      y = top + row.height;
    }
  }
  return pages;
}
