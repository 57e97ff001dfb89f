/**
 * A view's page: title, month and caption across the top, then the map picture as large as the
 * page allows with the legend beside or under it, then the view's sources and where the picture's
 * data comes from. Portrait or landscape, legend beside (1–3 columns) or under: every arrangement
 * is measured and the one that draws the view's area largest wins, so a tall view (Greece to
 * Hungary) gets a portrait page and a wide one a landscape page.
 */
import type { HandoutView } from './handout-model';
import { legendBlock, LEGEND_COLUMN, LEGEND_GAP, type LegendPlaced } from './legend-layout';
import { contentArea, fittedArea, type Orientation, type Rect } from './page-geometry';
import { PT, stack, type Measure, type PlacedLine } from './handout-text';
import { t } from '../../../domain/i18n';

export interface ViewPageContext {
  index: number;
  count: number;
  includeNotes: boolean;
}

export interface ViewPageLayout {
  orientation: Orientation;
  top: PlacedLine[];
  picture: Rect;
  legend: LegendPlaced | null;
  credits: PlacedLine[];
  /** Caption and notes too long to leave the picture room: they go on the next page. */
  continued: { caption: string; notes: string } | null;
}

const GAP = 3;
const PICTURE_LEGEND_GAP = 5;
/** Text above and below the picture may take this share of the page's height; beyond it the caption and notes move on. */
const MAX_TEXT_SHARE = 0.4;
const MIN_PICTURE = 40;


/** 'August 2015 · view 3 of 13'. */
function periodLine(view: HandoutView, context: ViewPageContext): string {
  const values = { index: context.index + 1, count: context.count };
  return view.period ? t('handout.periodAndPosition', { ...values, period: view.period }) : t('handout.position', values);
}

/** 'Sources: [FRONTEX] Frontex, Monthly …; [R129] …' and the picture's data, with where to find every source. */
export function creditTexts(view: HandoutView): string[] {
  const texts: string[] = [];
  if (view.sources.length) texts.push(t('handout.viewSources', { sources: view.sources.map((s) => `[${s.key}] ${s.title}`).join('; ') }));
  const further = view.mapData.further > 0 ? [t('handout.furtherReports', { count: view.mapData.further })] : [];
  texts.push(t('handout.mapData', { parts: [...view.mapData.named, ...further, t('mediaExport.basemapCredit')].join(' · ') }));
  return texts;
}

function stackAll(blocks: { text: string; pt: number; bold?: boolean; tone?: 'ink' | 'muted'; gap?: number }[], x: number, y: number, width: number, measure: Measure) {
  const lines: PlacedLine[] = [];
  let bottom = y;
  for (const block of blocks) {
    if (!block.text.trim()) continue;
    const top = lines.length ? bottom + (block.gap ?? 1) : bottom;
    const stacked = stack(block.text, x, top, width, { pt: block.pt, bold: block.bold ?? false, tone: block.tone ?? 'ink' }, measure);
    lines.push(...stacked.lines);
    bottom = stacked.bottom;
  }
  return { lines, height: bottom - y };
}

interface Arrangement {
  picture: Rect;
  legend: LegendPlaced | null;
}

/** Legend beside the picture in 1–3 columns where it fits, and under it across the width (always: the legend is never left out). */
function arrangements(view: HandoutView, body: Rect, measure: Measure): Arrangement[] {
  if (view.legend.length === 0) return [{ picture: body, legend: null }];
  const options: Arrangement[] = [];
  for (let columns = 1; columns <= 3; columns++) {
    const block = legendBlock(view.legend, columns, measure);
    const width = body.width - block.width - PICTURE_LEGEND_GAP;
    if (block.height <= body.height && width >= MIN_PICTURE) {
      options.push({ picture: { ...body, width }, legend: block.place(body.x + width + PICTURE_LEGEND_GAP, body.y) });
    }
  }
  const across = Math.max(1, Math.floor((body.width + LEGEND_GAP) / (LEGEND_COLUMN + LEGEND_GAP)));
  const under = legendBlock(view.legend, across, measure);
  const height = Math.max(MIN_PICTURE / 2, body.height - under.height - GAP);
  options.push({ picture: { ...body, height }, legend: under.place(body.x, body.y + height + GAP) });
  return options;
}

function layoutIn(orientation: Orientation, view: HandoutView, context: ViewPageContext, measure: Measure): { layout: ViewPageLayout; area: number } {
  const area = contentArea(orientation);
  const notes = context.includeNotes ? view.notes : '';
  const heading = [
    { text: view.title.trim() || t('handout.untitledView'), pt: PT.heading, bold: true },
    { text: periodLine(view, context), pt: PT.period, tone: 'muted' as const, gap: 0.5 },
  ];
  const body = [
    { text: view.caption, pt: PT.caption, gap: 2 },
    ...(notes.trim() ? [{ text: t('handout.speakerNotes'), pt: PT.small, bold: true, gap: 2 }, { text: notes, pt: PT.notes, gap: 0.5 }] : []),
  ];
  const credits = stackAll(creditTexts(view).map((text) => ({ text, pt: PT.small, tone: 'muted' as const })), area.x, 0, area.width, measure);
  let top = stackAll([...heading, ...body], area.x, area.y, area.width, measure);
  let continued: ViewPageLayout['continued'] = null;
  if (top.height + credits.height > MAX_TEXT_SHARE * area.height && (view.caption.trim() || notes.trim())) {
    top = stackAll([...heading, { text: t('handout.continuedNote'), pt: PT.notes, tone: 'muted', gap: 2 }], area.x, area.y, area.width, measure);
    continued = { caption: view.caption, notes };
  }
  const creditsY = area.y + area.height - credits.height;
  const bodyRect = { x: area.x, y: area.y + top.height + GAP, width: area.width, height: creditsY - GAP - (area.y + top.height + GAP) };
  let best: { arrangement: Arrangement; area: number } | null = null;
  for (const arrangement of arrangements(view, bodyRect, measure)) {
    const fitted = fittedArea(view.aspect, arrangement.picture.width, arrangement.picture.height);
    if (!best || fitted > best.area) best = { arrangement, area: fitted };
  }
  const chosen = best?.arrangement ?? { picture: bodyRect, legend: null };
  return {
    layout: {
      orientation,
      top: top.lines,
      picture: chosen.picture,
      legend: chosen.legend,
      credits: credits.lines.map((line) => ({ ...line, y: line.y + creditsY })),
      continued,
    },
    area: best?.area ?? 0,
  };
}

/** The view's page in whichever orientation draws its area largest (landscape when equal). */
export function viewPageLayout(view: HandoutView, context: ViewPageContext, measure: Measure): ViewPageLayout {
  const landscape = layoutIn('landscape', view, context, measure);
  const portrait = layoutIn('portrait', view, context, measure);
  // A clear gain only: pages of one orientation read and print more easily.
  return portrait.area > landscape.area * 1.1 ? portrait.layout : landscape.layout;
}
