/** The detail panel's rows for a picked tiled feature: month, source, confidence first, then the rest as given. */
import { t } from '../../domain/i18n';
import { formatMonthLong, monthKey } from '../../domain/month';
import { monthOfProperty, NO_MONTH } from '../../domain/tiled-source';
import type { PickedTileFeature } from '../../state/slices/tiles-slice';

export interface TileFeatureDetails {
  title: string;
  rows: { label: string; value: string; testId?: string }[];
  /** Other properties as given, in key order. */
  other: { key: string; value: string }[];
  groupedNote: string | null;
}

/** Properties shown in their own rows (and the one MVTLayer adds). */
const NAMED = new Set(['month', 'source', 'confidence', 'kind', 'count', 'id', 'layerName']);

function geometryLabel(type: string): string {
  if (/Polygon/.test(type)) return t('tiles.geometryArea');
  if (/LineString/.test(type)) return t('tiles.geometryLine');
  return t('tiles.geometryPoint');
}

const text = (value: unknown) => (value === null || value === undefined || value === '' ? t('tiles.notGiven') : String(value));

export function tileFeatureDetails(feature: PickedTileFeature, datasetName: string): TileFeatureDetails {
  const p = feature.properties;
  const month = monthOfProperty(p.month);
  const count = Number(p.count ?? 1);
  const rows = [
    { label: t('tiles.fieldMonth'), value: month === NO_MONTH ? t('tiles.noMonth') : `${formatMonthLong(monthKey(month))} (${monthKey(month)})`, testId: 'tile-detail-month' },
    { label: t('tiles.fieldSource'), value: text(p.source), testId: 'tile-detail-source' },
    { label: t('tiles.fieldConfidence'), value: text(p.confidence), testId: 'tile-detail-confidence' },
    { label: t('tiles.fieldKind'), value: text(p.kind) },
    ...(Number.isFinite(count) && count > 1 ? [{ label: t('tiles.fieldRecords'), value: String(count) }] : []),
    { label: t('tiles.fieldGeometry'), value: geometryLabel(feature.geometryType) },
    ...(typeof p.layerName === 'string' ? [{ label: t('tiles.fieldLayer'), value: p.layerName }] : []),
    { label: t('tiles.fieldDataset'), value: datasetName },
  ];
  const other = Object.keys(p)
    .filter((k) => !NAMED.has(k))
    .sort()
    .map((key) => ({ key, value: text(p[key]) }));
  return {
    title: typeof p.id === 'string' || typeof p.id === 'number' ? String(p.id) : typeof p.kind === 'string' ? p.kind : t('tiles.feature'),
    rows,
    other,
    groupedNote: Number.isFinite(count) && count > 1 ? t('tiles.groupedNote', { count }) : null,
  };
}
