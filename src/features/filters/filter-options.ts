/** The choices each filter offers, from the unfiltered data. */
import { countryName } from '../../domain/change';
import { incidentSourceKeys } from '../../domain/dataset-incidents';
import type { Dataset } from '../../domain/types';
import type { FilterProfile } from '../../domain/filter-classes';
import { t } from '../../domain/i18n';

export interface FilterOption {
  value: string;
  label: string;
}

const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label);

/**
 * Labels are in the active language (modes and confidence levels; names are the data's): call again
 * when it changes. `classes`: the filter classes of the map tables made from `d` (segments, hubs, crossings, safe
 * houses, areas). Read from them, a 500,000-segment dataset offers its choices from a few classes instead
 * of every entity. `tiledSources`: the sources tiled datasets list (their features are never all in
 * memory; an archive's tilestats name them), offered beside the data's.
 */
export function filterOptions(d: Dataset, classes?: readonly (readonly FilterProfile[])[], tiledSources: readonly string[] = []): Record<'corridors' | 'modes' | 'countries' | 'sources' | 'confidence', FilterOption[]> {
  const countries = new Set<string>();
  const cited = new Set<string>();
  const modes = new Set<string>();
  if (classes) {
    for (const profiles of classes) {
      for (const p of profiles) {
        for (const c of p.countries ?? []) countries.add(c);
        for (const s of p.sources) cited.add(s);
        if (p.mode) modes.add(p.mode);
      }
    }
    for (const e of d.events) for (const s of e.sources) cited.add(s);
  } else {
    for (const list of [d.hubs, d.crossings]) for (const e of list) for (const c of e.countries) countries.add(c);
    for (const list of [d.segments, d.crossings, d.hubs, d.safeHouses, d.events, d.areas ?? []]) for (const e of list) for (const s of e.sources) cited.add(s);
    for (const s of d.segments) modes.add(s.mode);
  }
  for (const s of incidentSourceKeys(d)) cited.add(s);
  for (const s of tiledSources) cited.add(s);
  const titles = new Map(d.sources.map((s) => [s.key, s.title]));
  return {
    corridors: d.corridors.map((c) => ({ value: c.id, label: `${c.id} ${c.name}` })),
    modes: [...modes].sort().map((m) => ({ value: m, label: t('filters.mode', { mode: m }) })),
    countries: [...countries].map((c) => ({ value: c, label: countryName(c) })).sort(byLabel),
    sources: [...cited].map((k) => ({ value: k, label: `${k}: ${titles.get(k) ?? ''}`.replace(/: $/, '') })).sort((a, b) => a.value.localeCompare(b.value, 'en', { numeric: true })),
    confidence: ['high', 'medium', 'low'].map((c) => ({ value: c, label: t('filters.confidenceLevel', { level: c }) })),
  };
}
