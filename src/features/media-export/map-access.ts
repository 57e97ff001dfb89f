/**
 * The live map for exports. App.tsx (the composition root) provides it, so the export panel needs
 * no prop threading through the side panel.
 */
import type { MapHandle } from '../../map/MapView';

let getMap: () => MapHandle | null = () => null;

export function provideExportMap(getter: () => MapHandle | null) {
  getMap = getter;
}

export function exportMap(): MapHandle | null {
  return getMap();
}
