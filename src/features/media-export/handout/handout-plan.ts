/**
 * The handout page by page: a title page (title, date, marking, views, data period, contents),
 * one page per view (and a continuation where a caption is too long for it), then the sources.
 * Pure: text is measured with the embedded font's metrics through `measure`.
 */
import type { Handout } from './handout-model';
import { contentArea, type Orientation } from './page-geometry';
import { lineHeight, PT, stack, type Measure, type PlacedLine } from './handout-text';
import { continuedPages, sourcesPages } from './sources-pages';
import { viewPageLayout, type ViewPageLayout } from './view-page-layout';
import { t } from '../../../domain/i18n';

export type PagePlan =
  | { kind: 'title'; orientation: Orientation; lines: PlacedLine[] }
  | { kind: 'view'; orientation: Orientation; view: number; layout: ViewPageLayout }
  | { kind: 'continued' | 'sources'; orientation: Orientation; lines: PlacedLine[] };


const CONTENTS_X = 150;

/** Contents, right of the title: each view's title and month with its page number, then the sources. */
function contents(handout: Handout, pages: PagePlan[], top: number, measure: Measure): PlacedLine[] {
  const area = contentArea('landscape');
  const rows: { text: string; page: number }[] = [];
  pages.forEach((plan, i) => {
    if (plan.kind !== 'view') return;
    const view = handout.views[plan.view];
    if (!view) return;
    const title = view.title.trim() || t('handout.untitledView');
    const number = plan.view + 1;
    rows.push({ text: view.period && view.period !== title ? t('handout.contentsRowWithPeriod', { number, title, period: view.period }) : t('handout.contentsRow', { number, title }), page: i + 1 });
  });
  const sourcesAt = pages.findIndex((plan) => plan.kind === 'sources');
  if (sourcesAt >= 0) rows.push({ text: t('handout.sourcesHeading'), page: sourcesAt + 1 });
  const heading = stack(t('handout.contents'), CONTENTS_X, top, area.width, { pt: PT.subheading, bold: true }, measure);
  const width = area.x + area.width - CONTENTS_X;
  const bottom = area.y + area.height - lineHeight(PT.notes);
  const lines: PlacedLine[] = [...heading.lines];
  let y = heading.bottom + 2;
  for (const [i, row] of rows.entries()) {
    const number = String(row.page);
    // A long title wraps under itself; the page number stays at the right of its first line.
    const entry = stack(row.text, CONTENTS_X, y, width - measure('000', PT.notes, false) - 4, { pt: PT.notes }, measure);
    if (entry.bottom > bottom) {
      lines.push({ text: t('handout.contentsMore', { count: rows.length - i }), x: CONTENTS_X, y, pt: PT.notes, bold: false, tone: 'muted' });
      break;
    }
    lines.push(...entry.lines, { text: number, x: CONTENTS_X + width, y, pt: PT.notes, bold: false, tone: 'muted', align: 'right' });
    y = entry.bottom + 1;
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
  add(t('handout.kind'), PT.notes, { tone: 'muted' });
  add(handout.title, PT.pageTitle, { bold: true, gap: 3 });
  add(t('handout.viewsMade', { count, made: handout.made }), PT.subheading, { gap: 5 });
  if (handout.dataPeriod) add(t('handout.dataPeriod', { period: handout.dataPeriod }), PT.subheading, { gap: 1 });
  if (handout.marking) add(t('handout.marking', { marking: handout.marking }), PT.subheading, { bold: true, gap: 1 });
  add(handout.includeNotes ? t('handout.notesIncluded') : t('handout.notesNotIncluded'), PT.notes, { tone: 'muted', gap: 1 });
  add(t('handout.readingGuide'), PT.notes, { gap: 8 });
  return [...lines, ...contents(handout, pages, top, measure)];
}

export function planHandout(handout: Handout, measure: Measure): PagePlan[] {
  const pages: PagePlan[] = [{ kind: 'title', orientation: 'landscape', lines: [] }];
  handout.views.forEach((view, index) => {
    const layout = viewPageLayout(view, { index, count: handout.views.length, includeNotes: handout.includeNotes }, measure);
    pages.push({ kind: 'view', orientation: layout.orientation, view: index, layout });
    if (layout.continued) {
      for (const lines of continuedPages(view.title.trim() || t('handout.untitledView'), layout.continued, measure)) pages.push({ kind: 'continued', orientation: 'landscape', lines });
    }
  });
  if (handout.sources.length) for (const lines of sourcesPages(handout.sources, measure)) pages.push({ kind: 'sources', orientation: 'landscape', lines });
  pages[0] = { kind: 'title', orientation: 'landscape', lines: titlePage(handout, pages, measure) };
  return pages;
}
