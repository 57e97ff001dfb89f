/**
 * RouteShift's own CSV export writes its header row in the interface language ("Art, ID, Name,
 * Breite, Länge, …"). A header row that is exactly one language's export row is read as the
 * machine keys (kind, id, name, lat, lon, …), whatever language the page is in now; any other
 * header is matched by the usual aliases.
 */
import { exportColumns as bs } from '../../domain/i18n/messages/bs/export-columns';
import { exportColumns as de } from '../../domain/i18n/messages/de/export-columns';
import { exportColumns as el } from '../../domain/i18n/messages/el/export-columns';
import { exportColumns as en } from '../../domain/i18n/messages/en/export-columns';
import { exportColumns as hr } from '../../domain/i18n/messages/hr/export-columns';
import { exportColumns as it } from '../../domain/i18n/messages/it/export-columns';
import { exportColumns as mk } from '../../domain/i18n/messages/mk/export-columns';
import { exportColumns as sl } from '../../domain/i18n/messages/sl/export-columns';
import { exportColumns as sq } from '../../domain/i18n/messages/sq/export-columns';
import { exportColumns as srCyrl } from '../../domain/i18n/messages/sr-Cyrl/export-columns';
import { exportColumns as srLatn } from '../../domain/i18n/messages/sr-Latn/export-columns';

import { normalizeHeader } from './header-name';

const PREFIX = 'exportColumns.';

/** Per language: normalized column name → machine key. */
const LANGUAGES: ReadonlyMap<string, string>[] = [en, de, sl, hr, srLatn, srCyrl, bs, sq, mk, el, it].map(
  (catalogue) => new Map(Object.entries(catalogue).map(([key, name]) => [normalizeHeader(name), key.slice(PREFIX.length)])),
);

/**
 * The machine keys of a header row (already normalized) when it holds every column of one
 * language's export, else null.
 */
export function exportColumnNames(normalized: readonly string[]): (string | undefined)[] | null {
  for (const names of LANGUAGES) {
    const present = new Set(normalized.filter((h) => names.has(h)));
    if (present.size === names.size) return normalized.map((h) => names.get(h));
  }
  return null;
}
