/** What the detail panel and tooltip say about an entity: pure, so it is tested in Node. Each kind's text is its entry in detail-kinds.ts. */
import type { MonthKey } from '../../domain/month';
import type { Dataset, Price } from '../../domain/types';
import type { ResolvedEntity } from '../../state/selectors';
import type { CountryFeatures } from '../../domain/geometry-analytics';
import { DETAIL_KINDS, type DetailKinds } from './detail-kinds';
import { formatNumber } from '../../domain/format-number';
import { t } from '../../domain/i18n';

export interface DetailRow {
  label: string;
  value: string;
}

/** One line of a crossing's status history in the panel. */
export interface StatusHistoryRow {
  /** "9 Mar 2016 – 18 May 2016" or "9 Mar 2016 – end unknown". */
  when: string;
  /** "closed for transit", with "(last confirmed May 2016)" when the end is unknown. */
  status: string;
  endUnknown: boolean;
  /** The month shown is in this entry. */
  current: boolean;
  /** The note and confidence of the period(s), when the data gives them. */
  notes: string[];
  confidence?: string;
  sources: { key: string; title: string }[];
}

export interface EntityDetails {
  kindLabel: string;
  title: string;
  rows: DetailRow[];
  /** Shown prominently: illustrative entities and approximate locations. */
  caveats: string[];
  /**
   * What the map cannot say by itself (route context, an irregular crossing, how an approximate
   * place was located): shown in the panel and, first ones, in the tooltip.
   */
  remarks: string[];
  /** A crossing's full status history, oldest first. */
  statusHistory?: StatusHistoryRow[];
  sources: string[];
  notes?: string;
  prices: Price[];
  /** The row a tooltip shows: the month's figure or state. */
  keyLabel?: string;
}

export { routeContextText, schematicCaveat } from './segment-details';

/** What to show about the entity, as its kind's entry says. */
export function entityDetails(dataset: Dataset, resolved: ResolvedEntity, month: MonthKey, countries?: CountryFeatures | null, kinds: DetailKinds = DETAIL_KINDS): EntityDetails {
  const entry = kinds[resolved.kind];
  if (!entry) throw new Error(`No details for entities of kind '${resolved.kind}'`);
  return entry.describe(dataset, resolved.entity, month, countries);
}

export function formatPrice(p: Price): string {
  const range = priceRange(p.min, p.max);
  // The currency and unit are the data's own words.
  const values = { range, currency: p.currency, unit: p.unit };
  return p.year ? t('details.priceYear', { ...values, year: String(p.year) }) : t('details.price', values);
}

function priceRange(min: number | null, max: number | null): string {
  if (min !== null && max !== null && min !== max) return t('details.priceRange', { min: formatNumber(min), max: formatNumber(max) });
  if (min !== null) return max === null ? t('details.priceAtLeast', { min: formatNumber(min) }) : formatNumber(min);
  return max !== null ? t('details.priceUpTo', { max: formatNumber(max) }) : '—';
}
