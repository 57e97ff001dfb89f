/** The basemap's place labels (public/basemap/labels.json), read apart from their TextLayer (place-labels.ts). */
import type { PlaceLabel } from '../../domain/place-label';
import { t } from '../../domain/i18n';

function isPlaceLabel(v: unknown): v is PlaceLabel {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o.name === 'string' &&
    typeof o.lon === 'number' &&
    typeof o.lat === 'number' &&
    typeof o.minZoom === 'number' &&
    (o.kind === 'country' || o.kind === 'capital' || o.kind === 'city' || o.kind === 'town') &&
    (o.iso2 === undefined || typeof o.iso2 === 'string') &&
    (o.names === undefined || isNameTable(o.names))
  );
}

function isNameTable(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((n) => typeof n === 'string');
}

/** Fetches public/basemap/labels.json relative to the page (same origin). */
export async function loadPlaceLabels(baseUrl: string, fetchImpl: typeof fetch = fetch): Promise<PlaceLabel[]> {
  const url = new URL('basemap/labels.json', baseUrl).href;
  const res = await fetchImpl(url);
  if (!res.ok) throw new Error(t('screenText.labelsUnreadable', { url, reason: `HTTP ${res.status}` }));
  const json: unknown = await res.json();
  if (!Array.isArray(json)) throw new Error(t('screenText.labelsNotList', { url }));
  return json.filter(isPlaceLabel);
}
