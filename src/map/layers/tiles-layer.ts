/**
 * Tiled datasets on the map: deck.gl's MVTLayer, one per dataset (id `tiles-<dataset id>`), reading
 * tiles from the dataset's reader (PMTiles or z/x/y, src/data/tiles) instead of a URL, decoded by
 * loaders.gl into binary feature tables. Points, lines and areas are drawn by the GeoJsonLayer that
 * MVTLayer makes per tile.
 *
 * Month on the GPU: each feature's `month` property becomes its [from, to] filter value when its
 * tile is loaded (once), and a month step only moves this layer's window cell (retime.ts), which
 * its per-tile sublayers read when they draw (TILE_FILTER, month-filter.ts): the layer is not
 * updated, no tile is fetched or decoded again, no sublayer re-made, no attribute recomputed. The source and
 * confidence filters are a 0/1 category per feature, re-evaluated on loaded tiles when they change.
 */
import type { Layer } from '@deck.gl/core';
import { MVTLayer } from '@deck.gl/geo-layers';
import type { TileReader } from '../../data/tiles/tile-reader';
import { decodeTile } from '../../data/tiles/decode-tile';
import type { EntityFilters } from '../../domain/filters';
import { tileFeaturePasses, tileFilterKey, tileFilterValue } from '../../domain/tiled-source';
import type { TimeWindow } from '../../domain/time-window';
import { monthFilterProps, TILE_FILTER } from './month-filter';
import { timeBound } from './retime';
import { TILES_LAYER_PREFIX, tileLoads } from './tiles-layer-id';


type Properties = Record<string, unknown> | null | undefined;
type Feature = { properties?: Properties };

interface TileLoadProps {
  index: { x: number; y: number; z: number };
  signal?: AbortSignal;
}

type ReaderProps = { reader: TileReader };

/** MVTLayer whose tiles come from a TileReader (no URL template of its own). */
class TiledDatasetLayer extends MVTLayer<ReaderProps> {
  static override layerName = 'TiledDatasetLayer';

  // loaders.gl's binary tile: deck.gl types it as its ParsedMvtTile.
  override getTileData(loadProps: TileLoadProps): ReturnType<MVTLayer['getTileData']> {
    const { x, y, z } = loadProps.index;
    const reader = (this.props as unknown as ReaderProps).reader;
    tileLoads.count++;
    return reader.getTile(z, x, y, loadProps.signal).then((bytes) => (bytes && bytes.byteLength ? decodeTile(bytes, loadProps.index) : null)) as ReturnType<MVTLayer['getTileData']>;
  }
}

export interface TiledLayerInput {
  id: string;
  reader: TileReader;
  visible: boolean;
  timeWindow: TimeWindow;
  filters: EntityFilters;
  /** RGB of this dataset's features. */
  color: [number, number, number];
  /** Called once per tile that could not be read or decoded. */
  onTileError?: (error: unknown) => void;
}

const filterValue = (f: Feature) => tileFilterValue(f.properties);
/** Aggregated points (make-tiles' low zooms) carry `count`: area grows with it. */
const pointRadius = (f: Feature) => 3 + Math.sqrt(Math.max(1, Number(f.properties?.count ?? 1)) - 1);

/** The filter category accessor per filter: one function per key, so an unchanged filter keeps its attributes. */
const categoryOf = new Map<string, (f: Feature) => number>();
function filterCategory(filters: EntityFilters): { key: string; accessor: (f: Feature) => number } {
  const key = tileFilterKey(filters);
  let accessor = categoryOf.get(key);
  if (!accessor) {
    accessor = (f: Feature) => (tileFeaturePasses(f.properties, filters) ? 1 : 0);
    if (categoryOf.size > 50) categoryOf.clear();
    categoryOf.set(key, accessor);
  }
  return { key, accessor };
}

export function buildTiledLayer(input: TiledLayerInput): Layer {
  const { key, accessor } = filterCategory(input.filters);
  const [r, g, b] = input.color;
  const { info } = input.reader;
  const props = {
    id: `${TILES_LAYER_PREFIX}${input.id}`,
    // A template in form only: tiles come from the reader (getTileData above), never from this string.
    data: `tiled-dataset://${input.id}/{z}/{x}/{y}`,
    reader: input.reader,
    visible: input.visible,
    minZoom: info.minZoom,
    maxZoom: info.maxZoom,
    ...(info.bounds ? { extent: info.bounds } : {}),
    uniqueIdProperty: '',
    pickable: true,
    autoHighlight: false,
    filled: true,
    stroked: true,
    pointType: 'circle',
    pointRadiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPointRadius: pointRadius,
    getLineWidth: 2,
    getFillColor: [r, g, b, 150],
    getLineColor: [r, g, b, 230],
    getFilterValue: filterValue,
    getFilterCategory: accessor,
    filterCategories: [1],
    updateTriggers: { getFilterCategory: key },
    extensions: [TILE_FILTER],
    onTileError: input.onTileError ?? (() => {}),
    ...monthFilterProps(input.timeWindow),
  };
  return timeBound(new TiledDatasetLayer(props as unknown as ConstructorParameters<typeof TiledDatasetLayer>[0]), monthFilterProps);
}
