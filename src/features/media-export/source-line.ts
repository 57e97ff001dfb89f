/**
 * The source line burned into images and videos: the data sources of what is shown, shortest
 * first-hand form ("Frontex (3 Jun 2025)", "IOM (CC BY 4.0)"), then the count of further reports.
 */
import { citedSources } from '../../data/export/export-visible';
import { visibleItems, type ExportItem, type MonthRange } from '../../data/export/visible-entities';
import type { Dataset, Source } from '../../domain/types';
import type { LayerVisibility } from '../../domain/layers';

import { formatSourceDate } from '../../domain/month';
import { t } from '../../domain/i18n';

/** 'Basemap: Natural Earth', in the active language. */
export function basemapCredit(): string {
  return t('mediaExport.basemapCredit');
}

/** '2025-06-03' → '3 Jun 2025', '2019-11' → 'Nov 2019'; anything else as given (domain/month). */
export { formatSourceDate };

/** 'International Organization for Migration (IOM)' → 'IOM'; otherwise the publisher or title. */
function shortName(source: Pick<Source, 'publisher' | 'title' | 'key'>): string {
  const name = source.publisher ?? source.title ?? source.key;
  const acronym = /\(([A-Z][A-Za-z]{1,9})\)\s*$/.exec(name);
  return acronym?.[1] ?? name;
}

/** One source as it reads in the line: the name, with a short licence or else its data date. */
export function describeSource(source: Pick<Source, 'publisher' | 'title' | 'key' | 'licence' | 'date'>): string {
  const licence = source.licence && source.licence.length <= 16 ? source.licence : null;
  const detail = licence ?? (source.date ? formatSourceDate(source.date) : null);
  return detail ? `${shortName(source)} (${detail})` : shortName(source);
}

type Described = Pick<Source, 'publisher' | 'title' | 'key' | 'licence' | 'date' | 'quality'>;

/** The datasets by short name ('IOM (CC BY 4.0)'); the reports and articles behind routes and events counted. */
export function sourceSummary(sources: Described[]): { named: string[]; further: number } {
  const named = sources.filter((s) => s.quality === 'dataset').map(describeSource);
  return { named, further: sources.length - named.length };
}

/**
 * "Data: A · B · 12 further reports · Basemap: Natural Earth". Datasets are named; the reports and
 * articles behind routes and events are counted (the sources panel lists them).
 */
export function sourceLineFor(sources: Described[]): string {
  const { named, further } = sourceSummary(sources);
  const parts = [...named, ...(further > 0 ? [t('mediaExport.furtherReportsListed', { count: further })] : []), basemapCredit()];
  return named.length || further ? t('mediaExport.sourceLine', { parts: parts.join(' · ') }) : basemapCredit();
}

/** The sources cited by what the map shows (`items`), as the dataset describes them. */
export function shownSources(dataset: Dataset, items: ExportItem[]): Described[] {
  const byKey = new Map(dataset.sources.map((s) => [s.key, s]));
  return citedSources(dataset, items).map((c) => byKey.get(c.key) ?? { key: c.key, title: c.title });
}

/** The source line for what the map shows over `months` with `layers` (or for `items` shown). */
export function sourceLine(dataset: Dataset, months: MonthRange, layers: LayerVisibility, items: ExportItem[] = visibleItems(dataset, months, layers)): string {
  return sourceLineFor(shownSources(dataset, items));
}
