/**
 * The handout's last pages: every source of the data in full (key, title, publisher, date,
 * licence, address), so that a reader on paper can look up what the pages cite.
 */
import { formatSourceDate } from '../../../domain/month';
import type { HandoutSource } from './handout-model';
import { contentArea, type Rect } from './page-geometry';
import { lineHeight, PT, stack, type Measure, type PlacedLine } from './handout-text';
import { flowText, type FlowEntry } from './text-flow';
import { t } from '../../../domain/i18n';

const COLUMNS = 2;
const COLUMN_GAP = 8;
const MAX_GUTTER = 15;

const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** 'Title. Publisher, 3 Jun 2025. Licence: CC BY 4.0. https://…' — everything the dataset says, as text. */
export function sourceEntryText(source: HandoutSource): string {
  const parts = [sentence(source.title || source.key)];
  const byWhen = [source.publisher, source.date ? formatSourceDate(source.date) : undefined].filter(Boolean).join(', ');
  if (byWhen) parts.push(sentence(byWhen));
  if (source.licence) parts.push(sentence(t('handout.licence', { licence: source.licence })));
  if (source.weak) parts.push(t('handout.weakSource'));
  const urls = (source.url ?? '').split(/\s+;\s+/).map((u) => u.trim()).filter(Boolean);
  if (urls.length) parts.push(urls.join(' '));
  return parts.join(' ');
}

/** Room for the keys most sources have (R01, P48); the few longer ones (ROUTES-REF) get a line of their own. */
function keyGutter(widths: number[]): number {
  const sorted = [...widths].sort((a, b) => a - b);
  const usual = sorted[Math.floor((sorted.length - 1) * 0.95)] ?? 0;
  return Math.min(MAX_GUTTER, usual + 2.5);
}

function intro(count: number): string {
  return t('handout.sourcesIntro', { count });
}

/** The source list's pages, each as its lines (headings included). */
export function sourcesPages(sources: HandoutSource[], measure: Measure): PlacedLine[][] {
  const area = contentArea('landscape');
  const heading = stack(t('handout.sourcesHeading'), area.x, area.y, area.width, { pt: PT.heading, bold: true }, measure);
  const lead = stack(intro(sources.length), area.x, heading.bottom + 1, area.width, { pt: PT.notes, tone: 'muted' }, measure);
  const more = stack(t('handout.continued', { title: t('handout.sourcesHeading') }), area.x, area.y, area.width, { pt: PT.subheading, bold: true }, measure);
  const below = (top: number): Rect => ({ x: area.x, y: top + 3, width: area.width, height: area.y + area.height - top - 3 });
  const gutter = keyGutter(sources.map((s) => measure(s.key, PT.small, true)));
  const entries: FlowEntry[] = sources.map((source) => ({ text: sourceEntryText(source), style: { pt: PT.small }, gutter: source.key, gapBefore: lineHeight(PT.small) * 0.35 }));
  const pages = flowText(entries, { columns: COLUMNS, columnGap: COLUMN_GAP, gutter }, (page) => below(page === 0 ? lead.bottom : more.bottom), measure);
  return pages.map((lines, page) => [...(page === 0 ? [...heading.lines, ...lead.lines] : more.lines), ...lines]);
}

/** A view's caption and notes that did not fit on its page, on pages of their own. */
export function continuedPages(title: string, text: { caption: string; notes: string }, measure: Measure): PlacedLine[][] {
  const area = contentArea('landscape');
  const heading = stack(t('handout.continued', { title }), area.x, area.y, area.width, { pt: PT.subheading, bold: true }, measure);
  const entries: FlowEntry[] = [
    ...(text.caption.trim() ? [{ text: text.caption, style: { pt: PT.caption } }] : []),
    ...(text.notes.trim() ? [{ text: t('handout.speakerNotes'), style: { pt: PT.small, bold: true }, gapBefore: 3 }, { text: text.notes, style: { pt: PT.notes }, gapBefore: 0.5 }] : []),
  ];
  const pages = flowText(entries, { columns: COLUMNS, columnGap: COLUMN_GAP, gutter: 0 }, () => ({ x: area.x, y: heading.bottom + 3, width: area.width, height: area.y + area.height - heading.bottom - 3 }), measure);
  return pages.map((lines) => [...heading.lines, ...lines]);
}
