/**
 * The built-in demo's corridor names in the interface language. The demo's data file keeps the
 * English names (public/data/demo.json); the demo dataset is never saved into a workspace or project
 * file, so the store gives it the catalogue's names (area `demoCorridors`, by corridor id) where it
 * arrives and again on each language change (src/state/slices/data-slice.ts). Only names change:
 * ids, segments, figures and periods are the same objects. A route-level flow also gets its short
 * map label from the catalogue (`mapLabel`): routeLabelName's abbreviations suit English only.
 * User datasets never pass through here.
 */
import type { Corridor, Dataset } from '../domain/types';
import { en, formatMessage, type LocaleCode, type MessageKey } from '../domain/i18n';

const nameKey = (id: string) => `demoCorridors.name.${id}`;
const labelKey = (id: string) => `demoCorridors.label.${id}`;
const isKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

/** The demo corridor `id`'s name in `locale`; undefined for an id the catalogue does not know. */
export function demoCorridorName(id: string, locale: LocaleCode): string | undefined {
  const key = nameKey(id);
  return isKey(key) ? formatMessage(locale, key) : undefined;
}

/** The short map label of the demo's route-level flow `id` in `locale`; undefined for other ids. */
export function demoCorridorLabel(id: string, locale: LocaleCode): string | undefined {
  const key = labelKey(id);
  return isKey(key) ? formatMessage(locale, key) : undefined;
}

/**
 * The demo dataset with its corridors named in `locale` (English: the catalogue's English, which is
 * the data's). The same object when nothing changes; otherwise a copy sharing every list but
 * `corridors`. Corridors the catalogue does not know keep their names.
 */
export function nameDemoCorridors(dataset: Dataset, locale: LocaleCode): Dataset {
  let changed = false;
  const corridors = dataset.corridors.map((c): Corridor => {
    const name = demoCorridorName(c.id, locale) ?? c.name;
    const mapLabel = c.schematic ? (demoCorridorLabel(c.id, locale) ?? c.mapLabel) : c.mapLabel;
    if (name === c.name && mapLabel === c.mapLabel) return c;
    changed = true;
    const named: Corridor = { ...c, name };
    if (mapLabel === undefined) delete named.mapLabel;
    else named.mapLabel = mapLabel;
    return named;
  });
  return changed ? { ...dataset, corridors } : dataset;
}
