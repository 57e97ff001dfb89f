/**
 * What a handout says, read from the store: the storyboard's title, each view's texts, legend and
 * sources, the dataset's period and its full source list. No DOM: the pictures and the legend's
 * symbol images are made by export-handout.ts.
 */
import { visibleItems } from '../../data/export/visible-entities';
import { boundsAspect, cameraBounds, type Size } from '../../domain/framing';
import { formatDayLong, formatMonthLong } from '../../domain/month';
import type { StoryView } from '../../domain/storyboard';
import type { Dataset } from '../../domain/types';
import type { AppState } from '../../state/store';
import { ROUTE_SHIFT_STORY } from '../storyboard/open-built-in-story';
import { currentLegend } from './compose';
import { describePeriod, windowMonths } from './export-state';
import type { HandoutLegendEntry, HandoutSource, HandoutView } from './handout/handout-model';
import { shownSources, sourceSummary } from './source-line';
import { t } from '../../domain/i18n';

/**
 * A storyboard has no title of its own: the built-in briefing's name (in the active language) while it is the storyboard
 * (its views keep the briefing's ids), otherwise 'Storyboard, 3 views'.
 */
export function storyboardTitle(views: readonly Pick<StoryView, 'id'>[]): string {
  if (views.length > 0 && views.every((v) => v.id.startsWith(`${ROUTE_SHIFT_STORY.id}-`))) return t('builtInBriefing.title');
  return t('handout.storyboardTitle', { count: views.length });
}

/** '5 December 2026' (in the active language). */
export function dayText(date: Date): string {
  return formatDayLong(date);
}

export function dataPeriodText(dataset: Dataset | null): string {
  return dataset ? t('time.monthRange', { from: formatMonthLong(dataset.months.from), to: formatMonthLong(dataset.months.to) }) : '';
}

/** Every source of the dataset, in its order, with all it says about each. */
export function handoutSources(dataset: Dataset | null): HandoutSource[] {
  return (dataset?.sources ?? []).map((s) => ({ key: s.key, title: s.title, publisher: s.publisher, date: s.date, url: s.url, licence: s.licence, weak: s.quality === 'weak' }));
}

/** The view's own sources by key and title, once each; a key the dataset does not describe is shown as it is. */
function viewSources(dataset: Dataset | null, keys: readonly string[] | undefined): { key: string; title: string }[] {
  const byKey = new Map((dataset?.sources ?? []).map((s) => [s.key, s]));
  return [...new Set(keys ?? [])].map((key) => ({ key, title: byKey.get(key)?.title.trim() || t('handout.sourceNotDescribed') }));
}

/**
 * The view's page as the store shows it now (the view applied): texts, legend, what the picture's
 * data comes from. `screen` is the live map's size in CSS pixels: a view without bounds shows what
 * its camera showed on it. `icons` are the legend's symbols as PNG bytes, by icon name and colour.
 */
export function handoutView(state: AppState, view: StoryView, screen: Size, icons: ReadonlyMap<string, Uint8Array> = new Map()): HandoutView {
  const months = windowMonths(state);
  const dataset = state.dataset;
  const items = dataset ? visibleItems(dataset, months, state.layers) : [];
  const period = describePeriod(months);
  const legend = currentLegend(state, items, view.bounds ?? cameraBounds(view.camera, screen)).map((entry): HandoutLegendEntry => {
    const icon = entry.mark.kind === 'icon' ? icons.get(iconKey(entry.mark.icon, entry.mark.color)) : undefined;
    return icon ? { ...entry, icon } : { ...entry };
  });
  return {
    title: view.title,
    period: view.title.trim() === period ? '' : period,
    caption: view.caption,
    notes: view.notes,
    sources: viewSources(dataset, view.sources),
    mapData: dataset ? sourceSummary(shownSources(dataset, items)) : { named: [], further: 0 },
    legend,
    aspect: boundsAspect(view.bounds ?? cameraBounds(view.camera, screen)),
    picture: null,
  };
}

export const iconKey = (icon: string, color: readonly number[]) => `${icon}|${color.join(',')}`;
