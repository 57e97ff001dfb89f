/**
 * Which entities are visible over a month range, as flat export items that both the GeoJSON and
 * the CSV writers format. One selection for both formats, so the two files always agree. Each
 * kind's rules and item are its entry in export-kinds.ts.
 */
import { t } from '../../domain/i18n';
import type { Dataset, LonLat } from '../../domain/types';
import type { LayerVisibility } from '../../domain/layers';
import { ENTITY_KINDS, type KindDescriptions } from '../../domain/entity-kinds';
import { EXPORT_KINDS, type ExportContext, type ExportKinds } from './export-kinds';
import type { ExportItem, MonthRange } from './export-item';

export type { ExportGeometry, ExportItem, ExportKind, MonthRange } from './export-item';

export function isSingleMonth(months: MonthRange): boolean {
  return months.from === months.to;
}

/** "2015-10" or "2015-09 to 2015-11". */
export function describeMonths(months: MonthRange): string {
  return isSingleMonth(months) ? months.from : t('dataExport.monthsRange', { from: months.from, to: months.to });
}

function exportContext(dataset: Dataset, months: MonthRange): ExportContext {
  const places = new Map<string, { name: string; coord: LonLat }>();
  for (const hub of dataset.hubs) places.set(hub.id, { name: hub.name, coord: hub.coord });
  for (const crossing of dataset.crossings) if (!places.has(crossing.id)) places.set(crossing.id, { name: crossing.name, coord: crossing.coord });
  return {
    months,
    places,
    placeName: (id) => places.get(id)?.name ?? id,
    flows: new Map(dataset.flows.map((f) => [f.id, f])),
    corridors: new Map(dataset.corridors.map((c) => [c.id, c])),
  };
}

/** Entities visible in `months` on `layers`, in a stable order: by kind, then as in the dataset. */
export function visibleItems(
  dataset: Dataset,
  months: MonthRange,
  layers: LayerVisibility,
  kinds: KindDescriptions = ENTITY_KINDS,
  exports: ExportKinds = EXPORT_KINDS,
): ExportItem[] {
  const ctx = exportContext(dataset, months);
  const items: ExportItem[] = [];
  for (const [kind, description] of Object.entries(kinds)) {
    const entry = exports[kind];
    // A kind whose every switch is off is not asked for candidates (incidents: millions of rows).
    if (!entry || (description.layers.length > 0 && !description.layers.some((layer) => layers[layer]))) continue;
    for (const entity of entry.candidates(dataset, months)) {
      const gate = entry.gate(entity);
      if (gate !== null && !layers[gate]) continue;
      const item = entry.item(entity, ctx);
      if (item) items.push(item);
    }
  }
  return items;
}
