/**
 * Sources: one per routes/sources.csv row (the reference's citation keys) plus the four dataset
 * sources (Frontex, IOM Missing Migrants Project, UNHCR, the routes reference itself).
 */
import type { Source } from '../../domain/types';
import { cell, optionalText, parseCsv } from './csv';

const COLUMNS = ['key', 'title_or_description', 'url_or_repo_path', 'publisher', 'date', 'quality'] as const;
const QUALITIES = ['primary', 'secondary', 'weak', 'dataset'] as const;
/** Licences stated for these keys in the routes README. */
const KNOWN_LICENCES: Record<string, string> = { NE10: 'Public domain', GN: 'CC BY 4.0 (attribution required)' };

export const DATASET_SOURCES: readonly Source[] = [
  {
    key: 'FRONTEX',
    title: 'Frontex, Monthly detections of illegal border-crossings (FRAN data as of 3 June 2025)',
    url: 'https://www.frontex.europa.eu/what-we-do/monitoring-and-risk-analysis/migratory-map/',
    publisher: 'Frontex',
    date: '2025-06-03',
    quality: 'dataset',
    licence: 'No open licence stated; reproduction authorised provided the source is acknowledged (terms to be confirmed before publication)',
    notes: 'Workbook copy from GitHub HaodongQi/HumMingBird_MigForecast (ibc.xlsx), cross-checked against iom/gdidata; summed over border type and nationality by route and month. Figures are detections, not persons.',
  },
  {
    key: 'IOM-MMP',
    title: "IOM's Missing Migrants Project",
    url: 'https://missingmigrants.iom.int/downloads',
    publisher: 'International Organization for Migration (IOM)',
    date: '2025-06-04',
    quality: 'dataset',
    licence: 'CC BY 4.0',
    notes: 'Data changed: subset to lon -20..45, lat 25..55 and columns renamed; taken from the cleaned copy in the R package iom/gdidata (not affiliated with or endorsed by IOM).',
  },
  {
    key: 'UNHCR',
    title: 'UNHCR Operational Data Portal, Mediterranean situation: monthly arrivals by country',
    url: 'https://data.unhcr.org/en/situations/mediterranean',
    publisher: 'UNHCR',
    date: '2019-11',
    quality: 'dataset',
    licence: 'CC BY 4.0',
    notes: 'Data to Nov 2019, compiled from UNHCR API pulls by GitHub stklem/med_migration (FXB Center, Harvard); reshaped to one row per month; Greece land 2014–2017 left empty (fill-in zeros in the compilation).',
  },
  {
    key: 'ROUTES-REF',
    title: 'RouteShift routes reference: corridors, crossings, hubs, timeline and prices, 2013–2024, compiled from the cited sources',
    publisher: 'RouteShift project',
    quality: 'secondary',
    notes: 'data/sources/routes-reference.md and data/sources/routes/*.csv; every fact carries the citation keys of its sources.',
  },
];

/** The first http(s) URL of a url_or_repo_path cell, if any. */
function firstUrl(value: string): string | undefined {
  return value
    .split(' ; ')
    .map((part) => part.trim())
    .find((part) => /^https?:\/\//.test(part));
}

export function buildSources(text: string): Source[] {
  const cited = parseCsv(text, 'sources.csv', COLUMNS).map((row): Source => {
    const key = cell(row, 'key');
    const locator = cell(row, 'url_or_repo_path');
    const quality = cell(row, 'quality');
    if (!(QUALITIES as readonly string[]).includes(quality)) throw new Error(`sources.csv ${key}: unknown quality '${quality}'`);
    const url = firstUrl(locator);
    const publisher = optionalText(cell(row, 'publisher'));
    const date = optionalText(cell(row, 'date'));
    const licence = KNOWN_LICENCES[key];
    return {
      key,
      title: cell(row, 'title_or_description'),
      ...(url ? { url } : {}),
      ...(publisher ? { publisher } : {}),
      ...(date ? { date } : {}),
      quality: quality as Source['quality'],
      ...(licence ? { licence } : {}),
      ...(locator !== '' && locator !== url ? { notes: `Locator: ${locator}` } : {}),
    };
  });
  return [...DATASET_SOURCES.map((source) => ({ ...source })), ...cited];
}
