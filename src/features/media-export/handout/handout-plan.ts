/**
 * The handout page by page: a title page (title, date, marking, views, data period, contents),
 * one page per view (and a continuation where a caption is too long for it), then the sources.
 * Pure: text is measured with the embedded font's metrics through `measure`.
 */
import type { Handout } from './handout-model';
import { contentArea, type Orientation } from './page-geometry';
import { lineHeight, PT, stack, type Measure, type PlacedLine } from './handout-text';
import { continuedPages, SOURCES_HEADING, sourcesPages } from './sources-pages';
import { viewPageLayout, type ViewPageLayout } from './view-page-layout';

export type PagePlan =
  | { kind: 'title'; orientation: Orientation; lines: PlacedLine[] }
  | { kind: 'view'; orientation: Orientation; view: number; layout: ViewPageLayout }
  | { kind: 'continued' | 'sources'; orientation: Orientation; lines: PlacedLine[] };

export const HANDOUT_KIND = 'RouteShift · storyboard handout';

/** `text` cut at a word (or character) with '…' so it fits `width`. */
function fitLine(text: string, width: number, pt: number, measure: Measure): string {
  if (measure(text, pt, false) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`, pt, false) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

const CONTENTS_X = 160;

/** Contents, right of the title: each view's title and month with its page number, then the sources. */
function contents(handout: Handout, pages: PagePlan[], top: number, measure: Measure): PlacedLine[] {
  const area = contentArea('landscape');
  const rows: { text: string; page: number }[] = [];
  pages.forEach((plan, i) => {
    if (plan.kind !== 'view') return;
    const view = handout.views[plan.view];
    if (!view) return;
    const title = view.title.trim() || 'Untitled view';
    rows.push({ text: `${plan.view + 1}. ${title}${view.period && view.period !== title ? ` — ${view.period}` : ''}`, page: i + 1 });
  });
  const sourcesAt = pages.findIndex((plan) => plan.kind === 'sources');
  if (sourcesAt >= 0) rows.push({ text: SOURCES_HEADING, page: sourcesAt + 1 });
  const heading = stack('Contents', CONTENTS_X, top, area.width, { pt: PT.subheading, bold: true }, measure);
  const step = lineHeight(PT.notes) + 0.9;
  const fit = Math.max(1, Math.floor((area.y + area.height - heading.bottom - 2) / step) - 1);
  const shown = rows.length > fit + 1 ? rows.slice(0, fit) : rows;
  const width = area.x + area.width - CONTENTS_X;
  const lines: PlacedLine[] = [...heading.lines];
  shown.forEach((row, i) => {
    const y = heading.bottom + 2 + i * step;
    const number = String(row.page);
    const room = width - measure(number, PT.notes, false) - 4;
    lines.push({ text: fitLine(row.text, room, PT.notes, measure), x: CONTENTS_X, y, pt: PT.notes, bold: false, tone: 'ink' });
    lines.push({ text: number, x: CONTENTS_X + width, y, pt: PT.notes, bold: false, tone: 'muted', align: 'right' });
  });
  if (shown.length < rows.length) {
    const rest = rows.length - shown.length;
    lines.push({ text: `… and ${rest} more: each page names its view`, x: CONTENTS_X, y: heading.bottom + 2 + shown.length * step, pt: PT.notes, bold: false, tone: 'muted' });
  }
  return lines;
}

/** Title and what the handout is on the left, contents on the right. */
function titlePage(handout: Handout, pages: PagePlan[], measure: Measure): PlacedLine[] {
  const area = contentArea('landscape');
  const x = area.x;
  const width = CONTENTS_X - 14 - x;
  const lines: PlacedLine[] = [];
  const top = area.y + 10;
  let y = top;
  const add = (text: string, pt: number, options: { bold?: boolean; tone?: 'ink' | 'muted'; gap?: number } = {}) => {
    if (!text.trim()) return;
    const block = stack(text, x, y + (options.gap ?? 0), width, { pt, bold: options.bold ?? false, tone: options.tone ?? 'ink' }, measure);
    lines.push(...block.lines);
    y = block.bottom;
  };
  const count = handout.views.length;
  add(HANDOUT_KIND, PT.notes, { tone: 'muted' });
  add(handout.title, PT.pageTitle, { bold: true, gap: 3 });
  add(`${count} view${count === 1 ? '' : 's'} · made ${handout.made}`, PT.subheading, { gap: 5 });
  if (handout.dataPeriod) add(`Data: ${handout.dataPeriod}`, PT.subheading, { gap: 1 });
  if (handout.marking) add(`Marking: ${handout.marking}`, PT.subheading, { bold: true, gap: 1 });
  add(handout.includeNotes ? 'Speaker notes are included.' : 'Speaker notes are not included.', PT.notes, { tone: 'muted', gap: 1 });
  return [...lines, ...contents(handout, pages, top, measure)];
}

export function planHandout(handout: Handout, measure: Measure): PagePlan[] {
  const pages: PagePlan[] = [{ kind: 'title', orientation: 'landscape', lines: [] }];
  handout.views.forEach((view, index) => {
    const layout = viewPageLayout(view, { index, count: handout.views.length, includeNotes: handout.includeNotes }, measure);
    pages.push({ kind: 'view', orientation: layout.orientation, view: index, layout });
    if (layout.continued) {
      for (const lines of continuedPages(view.title.trim() || 'Untitled view', layout.continued, measure)) pages.push({ kind: 'continued', orientation: 'landscape', lines });
    }
  });
  if (handout.sources.length) for (const lines of sourcesPages(handout.sources, measure)) pages.push({ kind: 'sources', orientation: 'landscape', lines });
  pages[0] = { kind: 'title', orientation: 'landscape', lines: titlePage(handout, pages, measure) };
  return pages;
}
