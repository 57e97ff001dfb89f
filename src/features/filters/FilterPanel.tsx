import { useMemo } from 'react';
import { FILTER_KEYS, hasFilters, type EntityFilters, type FilterKey } from '../../domain/filters';
import { useAppStore } from '../../state/store';
import { filterOptions } from './filter-options';

const TITLES: Record<FilterKey, string> = {
  corridors: 'Corridor',
  modes: 'Mode',
  countries: 'Country',
  sources: 'Source',
  confidence: 'Confidence',
};

/** Filters by corridor, mode, country, source and confidence: they apply to the map, panels and exports. */
export function FilterPanel() {
  const unfiltered = useAppStore((s) => s.unfiltered);
  const filters = useAppStore((s) => s.filters);
  const shown = useAppStore((s) => s.dataset?.segments.length ?? 0);
  const setFilters = useAppStore((s) => s.setFilters);
  // The map shows a change at once; the lists follow when the selection worker answers.
  const filtering = useAppStore((s) => s.filtering);
  const tables = useAppStore((s) => s.tables);
  const options = useMemo(
    () => (unfiltered ? filterOptions(unfiltered, tables ? [tables.segments, tables.hubs, tables.crossings, tables.safeHouses, tables.areas].map((t) => t.filter.profiles) : undefined) : null),
    [unfiltered, tables],
  );
  if (!options || !unfiltered) return null;
  const toggle = (key: FilterKey, value: string) => {
    const current = (filters[key] as string[] | undefined) ?? [];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    setFilters({ ...filters, [key]: next } as EntityFilters);
  };
  return (
    <section className="filter-panel" aria-label="Filters" data-testid="filter-panel">
      {hasFilters(filters) ? (
        <p className="small" aria-live="polite">
          {filtering ? 'Filtering the lists…' : `Filtered: ${shown} of ${unfiltered.segments.length} segments.`}{' '}
          <button type="button" className="link-button" onClick={() => setFilters({})} data-testid="filters-clear">Clear filters</button>
        </p>
      ) : (
        <p className="muted small">Nothing filtered. Tick values to show only those.</p>
      )}
      {FILTER_KEYS.map((key) => (
        <details key={key} className="filter-group">
          <summary>
            {TITLES[key]}
            {filters[key]?.length ? ` (${filters[key]?.length})` : ''}
          </summary>
          <div className="filter-options" role="group" aria-label={TITLES[key]}>
            {options[key].map((o) => (
              <label key={o.value} className="filter-option">
                <input type="checkbox" checked={(filters[key] as string[] | undefined)?.includes(o.value) ?? false} onChange={() => toggle(key, o.value)} data-testid={`filter-${key}-${o.value}`} />
                <span>{o.label}</span>
              </label>
            ))}
          </div>
        </details>
      ))}
    </section>
  );
}
