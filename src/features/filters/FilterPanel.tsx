import { useMemo } from 'react';
import { FILTER_KEYS, hasFilters, type EntityFilters, type FilterKey } from '../../domain/filters';
import { useAppStore } from '../../state/store';
import { filterOptions } from './filter-options';
import type { MessageKey } from '../../domain/i18n';
import { useT } from '../i18n/use-t';

const TITLES: Record<FilterKey, MessageKey> = {
  corridors: 'filters.corridors',
  modes: 'filters.modes',
  countries: 'filters.countries',
  sources: 'filters.sources',
  confidence: 'filters.confidence',
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
  const language = useAppStore((s) => s.language);
  const tiledDatasets = useAppStore((s) => s.tiledDatasets);
  const t = useT();
  const options = useMemo(
    () => {
      const tiledSources = tiledDatasets.flatMap((d) => d.reader?.info.sources ?? []);
      return unfiltered ? filterOptions(unfiltered, tables ? [tables.segments, tables.hubs, tables.crossings, tables.safeHouses, tables.areas].map((t) => t.filter.profiles) : undefined, tiledSources) : null;
    },
    // The language too: the options' labels are in it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [unfiltered, tables, language, tiledDatasets],
  );
  if (!options || !unfiltered) return null;
  const toggle = (key: FilterKey, value: string) => {
    const current = (filters[key] as string[] | undefined) ?? [];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    setFilters({ ...filters, [key]: next } as EntityFilters);
  };
  return (
    <section className="filter-panel" aria-label={t('filters.label')} data-testid="filter-panel">
      {hasFilters(filters) ? (
        <p className="small" aria-live="polite">
          {filtering ? t('filters.filtering') : t('filters.filtered', { shown, total: unfiltered.segments.length })}{' '}
          <button type="button" className="link-button" onClick={() => setFilters({})} data-testid="filters-clear">{t('filters.clear')}</button>
        </p>
      ) : (
        <p className="muted small">{t('filters.nothingFiltered')}</p>
      )}
      {FILTER_KEYS.map((key) => (
        <details key={key} className="filter-group">
          <summary>
            {filters[key]?.length ? t('filters.titleWithCount', { title: t(TITLES[key]), count: filters[key]?.length ?? 0 }) : t(TITLES[key])}
          </summary>
          <div className="filter-options" role="group" aria-label={t(TITLES[key])}>
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
