/** The choices each filter offers, from the unfiltered data. */
import { countryName } from '../../domain/change';
import { incidentSourceKeys } from '../../domain/dataset-incidents';
import type { Dataset } from '../../domain/types';

export interface FilterOption {
  value: string;
  label: string;
}

const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label);

export function filterOptions(d: Dataset): Record<'corridors' | 'modes' | 'countries' | 'sources' | 'confidence', FilterOption[]> {
  const countries = new Set<string>();
  for (const list of [d.hubs, d.crossings]) for (const e of list) for (const c of e.countries) countries.add(c);
  const cited = new Set<string>();
  for (const list of [d.segments, d.crossings, d.hubs, d.safeHouses, d.events]) for (const e of list) for (const s of e.sources) cited.add(s);
  for (const s of incidentSourceKeys(d)) cited.add(s);
  const titles = new Map(d.sources.map((s) => [s.key, s.title]));
  return {
    corridors: d.corridors.map((c) => ({ value: c.id, label: `${c.id} ${c.name}` })),
    modes: [...new Set(d.segments.map((s) => s.mode))].sort().map((m) => ({ value: m, label: m === 'unknown' ? 'not stated' : m })),
    countries: [...countries].map((c) => ({ value: c, label: countryName(c) })).sort(byLabel),
    sources: [...cited].map((k) => ({ value: k, label: `${k}: ${titles.get(k) ?? ''}`.replace(/: $/, '') })).sort((a, b) => a.value.localeCompare(b.value, 'en', { numeric: true })),
    confidence: ['high', 'medium', 'low'].map((c) => ({ value: c, label: c })),
  };
}
