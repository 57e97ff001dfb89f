/**
 * Export of what is visible: the entities of the given layers over a month range, as GeoJSON or
 * CSV, each carrying its provenance (app, time of export, months, data date and every cited source
 * with its licence) so a file that travels on its own still says where its figures come from.
 * Pure functions: the app passes the combined visible dataset and saves the text.
 */
import Papa from 'papaparse';
import type { Dataset, Source } from '../../domain/types';
import { LAYER_IDS, LAYER_LABELS, type LayerId, type LayerVisibility } from '../../domain/layers';
import { describeMonths, isSingleMonth, visibleItems, type ExportItem, type MonthRange } from './visible-entities';
import { geojsonToWKT } from '@terraformer/wkt';
import { t } from '../../domain/i18n';

export type { ExportItem, MonthRange } from './visible-entities';

export const EXPORT_APP = 'RouteShift';
/** Layers that hold data; place labels are drawn from the same places and export nothing. */
const DATA_LAYERS: LayerId[] = LAYER_IDS.filter((id) => id !== 'labels');

/** The notes every export carries, in the active language; the schematic note only when the export holds a schematic segment. */
function exportNotes(schematic: boolean): string[] {
  const notes = [t('dataExport.noteVolumes'), t('dataExport.noteSafeHouses'), t('dataExport.noteEvents')];
  return schematic ? [...notes, t('dataExport.noteSchematic')] : notes;
}

export interface ExportSource {
  key: string;
  title: string;
  licence: string | null;
  date: string | null;
  url: string | null;
}

export interface ExportMetadata {
  app: string;
  generatedAt: string;
  months: MonthRange;
  layers: LayerId[];
  sources: ExportSource[];
  dataDate: string;
  notes: string[];
}

export interface VisibleFeature {
  type: 'Feature';
  id: string;
  geometry: ExportItem['geometry'];
  properties: Record<string, string | number | boolean | null>;
}

export interface VisibleFeatureCollection {
  type: 'FeatureCollection';
  metadata: ExportMetadata;
  features: VisibleFeature[];
}

/** The visible entities as a GeoJSON FeatureCollection object (with a `metadata` foreign member). */
export function exportGeoJson(dataset: Dataset, months: MonthRange, layers: LayerVisibility, generatedAt: string): VisibleFeatureCollection {
  const items = visibleItems(dataset, months, layers);
  const features = items.map((item): VisibleFeature => ({
    type: 'Feature',
    // Kinds have separate id spaces, so the feature id says which kind it is.
    id: `${item.kind}:${item.id}`,
    geometry: item.geometry,
    properties: {
      kind: item.kind,
      id: item.id,
      name: item.name,
      ...item.details,
      illustrative: item.illustrative,
      confidence: item.confidence,
      sources: item.sources.join('; '),
    },
  }));
  return { type: 'FeatureCollection', metadata: metadata(dataset, months, layers, generatedAt, items), features };
}

/**
 * GeoJSON text: the collection's members first, then one feature per line, so the file stays
 * readable and diffable without the size of a fully indented one.
 */
export function exportGeoJsonText(dataset: Dataset, months: MonthRange, layers: LayerVisibility, generatedAt: string): string {
  const collection = exportGeoJson(dataset, months, layers, generatedAt);
  const features = collection.features.map((feature) => JSON.stringify(feature)).join(',\n');
  return `{"type":"FeatureCollection",\n"metadata":${JSON.stringify(collection.metadata)},\n"features":[${features ? `\n${features}\n` : ''}]}\n`;
}

export const CSV_COLUMNS = ['kind', 'id', 'name', 'lat', 'lon', 'wkt', 'from', 'to', 'value', 'unit', 'confidence', 'sources'] as const;

/**
 * CSV text: `# ` comment lines with the provenance, then a header row and one row per entity.
 * Points fill lat/lon, segments and areas the WKT column (LINESTRING, POLYGON, MULTIPOLYGON). Fields starting with = + - @ are prefixed with an
 * apostrophe by papaparse so a spreadsheet does not run imported text as a formula.
 */
export function exportCsv(dataset: Dataset, months: MonthRange, layers: LayerVisibility, generatedAt: string): string {
  const items = visibleItems(dataset, months, layers);
  const meta = metadata(dataset, months, layers, generatedAt, items);
  const line = (text: string) => `# ${text.replace(/[\r\n]+/g, ' ')}`;
  const header = [
    line(t('dataExport.csvTitle', { app: EXPORT_APP })),
    line(t('dataExport.csvGenerated', { generatedAt })),
    line(t('dataExport.csvMonths', { months: describeMonths(months) })),
    line(meta.layers.length ? t('dataExport.csvLayers', { layers: meta.layers.map((id) => LAYER_LABELS[id]).join(', ') }) : t('dataExport.csvNoLayers')),
    line(t('dataExport.csvDataDate', { dataDate: meta.dataDate })),
    ...meta.notes.map(line),
    ...meta.sources.map((s) =>
      line(t('dataExport.csvSource', { key: s.key, title: `${s.title}${s.date ? ` (${s.date})` : ''}${s.url ? ` ${s.url}` : ''}`, licence: s.licence ?? t('dataExport.licenceNotStated') })),
    ),
  ];
  const rows = items.map((item) => {
    const point = item.geometry?.type === 'Point' ? item.geometry.coordinates : null;
    return {
      kind: item.kind,
      id: item.id,
      name: item.name,
      lat: point ? point[1] : null,
      lon: point ? point[0] : null,
      wkt: item.geometry && item.geometry.type !== 'Point' ? geojsonToWKT(item.geometry) : null,
      from: item.from,
      to: item.to,
      value: item.value,
      unit: item.unit,
      confidence: item.confidence,
      sources: item.sources.join('; '),
    };
  });
  // The header row in the interface language (English: the machine keys); RouteShift's import reads any language's back.
  const columnNames = Papa.unparse([CSV_COLUMNS.map((c) => t(`exportColumns.${c}`))], { newline: '\r\n' });
  const table = Papa.unparse(rows, { columns: [...CSV_COLUMNS], newline: '\r\n', escapeFormulae: true, header: false });
  // papaparse writes nothing for no rows; the header row still says what the columns are.
  const body = rows.length ? `${columnNames}\r\n${table}` : columnNames;
  return `${header.join('\r\n')}\r\n${body}\r\n`;
}

/** `routeshift-2015-10-visible-20261129.geojson`, `routeshift-2015-09-to-2015-11-visible-20261129.csv`. */
export function exportFileName(kind: 'geojson' | 'csv', months: MonthRange, generatedAt: string): string {
  const span = isSingleMonth(months) ? months.from : `${months.from}-to-${months.to}`;
  return `routeshift-${span}-visible-${compactDate(generatedAt)}.${kind}`;
}

function compactDate(generatedAt: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(generatedAt);
  if (match) return `${match[1]}${match[2]}${match[3]}`;
  const date = new Date(generatedAt);
  return Number.isNaN(date.getTime()) ? 'undated' : date.toISOString().slice(0, 10).replace(/-/g, '');
}

function metadata(dataset: Dataset, months: MonthRange, layers: LayerVisibility, generatedAt: string, items: ExportItem[]): ExportMetadata {
  return {
    app: EXPORT_APP,
    generatedAt,
    months: { from: months.from, to: months.to },
    layers: DATA_LAYERS.filter((id) => layers[id]),
    sources: citedSources(dataset, items),
    dataDate: dataset.dataDate,
    notes: exportNotes(items.some((item) => item.details.schematic === true)),
  };
}

/** Only the sources the exported items cite, in the dataset's order; unknown keys still listed. */
export function citedSources(dataset: Dataset, items: ExportItem[]): ExportSource[] {
  const cited = new Set(items.flatMap((item) => item.sources));
  const known = dataset.sources.filter((s) => cited.has(s.key));
  const knownKeys = new Set(known.map((s) => s.key));
  const unknown: Source[] = [...cited].filter((key) => !knownKeys.has(key)).sort().map((key) => ({ key, title: t('dataExport.sourceNotDescribed') }));
  return [...known, ...unknown].map((s) => ({ key: s.key, title: s.title, licence: s.licence ?? null, date: s.date ?? null, url: s.url ?? null }));
}
