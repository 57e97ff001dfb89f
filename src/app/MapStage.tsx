/**
 * The map with its deck.gl layers. A month step re-renders neither this nor App: the layers are
 * built here (through useDeckLayers) from everything but the time window, and MapView moves the
 * time-bound ones to each new window itself (storeRetime).
 */
import { useEffect, useState } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { PickingInfo } from '@deck.gl/core';
import type { Bounds } from '../domain/framing';
import type { CandidateCrossing } from '../domain/geometry-analytics';
import type { BasemapData } from '../map/basemap-style';
import { pickedEntity } from '../map/layers/pick';
import { tiledDatasetOfLayer } from '../map/layers/tiles-layer-id';
import type { PickedTileFeature } from '../state/slices/tiles-slice';
import type { PlaceLabel } from '../map/layers/place-labels';
import { MapView, type MapHandle } from '../map/MapView';
import { useAppStore } from '../state/store';
import { storeRetime, useDeckLayers } from './use-deck-layers';

function picked(info: PickingInfo) {
  const tables = useAppStore.getState().tables;
  return tables ? pickedEntity(tables, info.layer?.id, info.index, info.object) : null;
}
/** A feature of a tiled dataset at the pick (its layer draws GeoJSON features from tiles), or null. */
function pickedTileFeature(info: PickingInfo): PickedTileFeature | null {
  const datasetId = tiledDatasetOfLayer(info.layer?.id);
  const feature = info.object as { properties?: Record<string, unknown>; geometry?: { type?: string } } | undefined;
  if (!datasetId || info.index < 0 || !feature) return null;
  return { datasetId, geometryType: feature.geometry?.type ?? 'Point', properties: { ...(feature.properties ?? {}) } };
}

// Module-level, so MapView's props stay the same from one step to the next.
const onHover = (info: PickingInfo) => {
  const tileFeature = pickedTileFeature(info);
  useAppStore.getState().hoverTileFeature(tileFeature ? { feature: tileFeature, x: info.x, y: info.y } : null);
  const p = tileFeature ? null : picked(info);
  useAppStore.getState().hover(p ? { ref: p.ref, x: info.x, y: info.y } : null);
};
/** A click selects an entity or a tiled feature (one detail panel at a time). */
const onClick = (info: PickingInfo) => {
  const tileFeature = pickedTileFeature(info);
  useAppStore.getState().selectTileFeature(tileFeature);
  useAppStore.getState().select(tileFeature ? null : (picked(info)?.ref ?? null));
};
const onCameraIntentDone = () => useAppStore.getState().setCameraIntent(null);
const onMoveEnd = (camera: { lon: number; lat: number; zoom: number }, bounds: Bounds) => {
  useAppStore.getState().setCamera(camera);
  useAppStore.getState().setCameraBounds(bounds);
};

interface MapStageProps {
  labels: PlaceLabel[];
  /** The map once it has loaded (the swipe divider follows its camera). */
  map: maplibregl.Map | null;
  onReady: (handle: MapHandle) => void;
  /** The candidate crossings the layers were built with, for the side panel (they change with the data, not the month). */
  onCandidates: (candidates: CandidateCrossing[]) => void;
  initialCamera: { lon: number; lat: number; zoom: number } | undefined;
  basemapData: BasemapData | undefined;
  /** No layer reaches the map until the start-up sequence is through (MapView's holdLayers). */
  holdLayers: boolean;
  /** The first frame with routes is drawn: every other layer's code may load now (first-layers.ts). */
  allLayersWanted: boolean;
  onRoutesShown: () => void;
}

export function MapStage({ labels, map, onReady, onCandidates, initialCamera, basemapData, holdLayers, allLayersWanted, onRoutesShown }: MapStageProps) {
  // Zoom lives here too: zooming re-renders the map's layers, not the page.
  const [zoom, setZoom] = useState(5);
  const cameraIntent = useAppStore((s) => s.cameraIntent);
  const framePadding = useAppStore((s) => s.framePadding);
  const { deckLayers, allLayers, candidates, flowAnimation, theme } = useDeckLayers({ labels, zoom, map, allLayersWanted });
  useEffect(() => onCandidates(candidates), [candidates, onCandidates]);
  return (
    <MapView
      layers={deckLayers}
      theme={theme}
      onHover={onHover}
      onClick={onClick}
      onZoom={setZoom}
      onReady={onReady}
      onMoveEnd={onMoveEnd}
      initialCamera={initialCamera}
      cameraIntent={cameraIntent}
      onCameraIntentDone={onCameraIntentDone}
      animateFlows={flowAnimation}
      basemapData={basemapData}
      retime={storeRetime}
      framePadding={framePadding}
      holdLayers={holdLayers}
      layersComplete={allLayers}
      onRoutesShown={onRoutesShown}
    />
  );
}
