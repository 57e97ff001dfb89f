/**
 * The built-in briefing (derived/story-*.json → public/data/stories/<id>.json). Its captions name
 * figures as placeholders, filled in here from the built dataset, so a caption can only say what
 * the data says: an unknown series, a month outside it or an empty value fails the build.
 */
import { flowValueAt } from '../../domain/flows';
import { formatNumber } from '../../domain/format-number';
import { monthsBetween, isMonthKey } from '../../domain/month';
import type { BuiltInStory, StoryView } from '../../domain/storyboard';
import type { Dataset } from '../../domain/types';

const PLACEHOLDER = /\{\{([^@}]+)@(\d{4}-\d{2})(?:\.\.(\d{4}-\d{2}))?\}\}/g;

interface ViewTemplate {
  title: string;
  caption: string;
  notes: string;
  month: string;
  camera: { lon: number; lat: number; zoom: number };
  /** The area the caption speaks of (west, south, east, north): presenting fits it into the free screen. */
  bounds?: [number, number, number, number];
  layers: string[];
  sources: string[];
}

interface StoryTemplate {
  id: string;
  title: string;
  description: string;
  views: ViewTemplate[];
}

/** The value a placeholder stands for: one month's value, or the sum over a range of months. */
export function placeholderValue(dataset: Dataset, seriesId: string, from: string, to = from): number {
  const series = dataset.flows.find((f) => f.id === seriesId);
  if (!series) throw new Error(`story: no series '${seriesId}' in the data`);
  if (!isMonthKey(from) || !isMonthKey(to)) throw new Error(`story: bad month in {{${seriesId}@${from}}}`);
  let sum = 0;
  for (const month of monthsBetween(from, to)) {
    const value = flowValueAt(series, month);
    if (value === null) throw new Error(`story: ${seriesId} has no value for ${month}`);
    sum += value;
  }
  return sum;
}

export function fillFigures(text: string, dataset: Dataset): string {
  return text.replace(PLACEHOLDER, (_, id: string, from: string, to?: string) => formatNumber(placeholderValue(dataset, id, from, to)));
}

/** Every placeholder of a template text, for tests: [series, from, to]. */
export function placeholders(text: string): [string, string, string][] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => [m[1] as string, m[2] as string, (m[3] ?? m[2]) as string]);
}

export function buildStory(templateJson: string, dataset: Dataset): BuiltInStory {
  const template = JSON.parse(templateJson) as StoryTemplate;
  const known = new Set(dataset.sources.map((s) => s.key));
  const views = template.views.map((view, i): StoryView => {
    for (const key of view.sources) if (!known.has(key)) throw new Error(`story view ${i + 1} ("${view.title}"): unknown source '${key}'`);
    if (!isMonthKey(view.month)) throw new Error(`story view ${i + 1}: bad month '${view.month}'`);
    return {
      id: `${template.id}-${i + 1}`,
      title: view.title,
      caption: fillFigures(view.caption, dataset),
      notes: fillFigures(view.notes, dataset),
      camera: { ...view.camera },
      ...(view.bounds ? { bounds: [...view.bounds] as [number, number, number, number] } : {}),
      month: view.month,
      windowMode: 'month',
      windowStart: view.month,
      trail: false,
      visibleLayers: [...view.layers],
      filters: {},
      selected: null,
      sources: [...view.sources],
    };
  });
  return { format: 'routeshift-story', version: 1, id: template.id, title: template.title, description: template.description, views };
}
