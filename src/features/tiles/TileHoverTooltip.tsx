import { lazy, Suspense } from 'react';
import { useAppStore } from '../../state/store';

// The tooltip's text loads on the first hover over a tiled feature, not at start.
const TileTooltip = lazy(() => import('./TileTooltip').then((m) => ({ default: m.TileTooltip })));

/** The hover tooltip of a tiled feature, subscribed on its own so that hovering re-renders nothing else. */
export function TileHoverTooltip() {
  const hovered = useAppStore((s) => s.tileHovered);
  const selected = useAppStore((s) => s.tileFeature);
  const dataset = useAppStore((s) => s.tiledDatasets.find((d) => d.id === s.tileHovered?.feature.datasetId));
  // The feature whose panel is open needs no tooltip over it.
  if (!hovered || (selected && sameFeature(selected.properties, hovered.feature.properties))) return null;
  return (
    <Suspense fallback={null}>
      <TileTooltip hovered={hovered} datasetName={dataset?.name ?? ''} />
    </Suspense>
  );
}

function sameFeature(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
