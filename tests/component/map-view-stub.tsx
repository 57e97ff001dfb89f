/**
 * No WebGL in jsdom: App's map is a stub. It keeps what it was given (for the tests that look) and,
 * once it has layers, says the routes are drawn, as MapView does after the first frame with routes:
 * App loads its panels then (issue 17, the map first).
 */
import { useEffect } from 'react';

export interface StubProps {
  layers: unknown[];
  retime?: unknown;
  onRoutesShown?: () => void;
}

export function MapViewStub({ layers, onRoutesShown }: StubProps) {
  const hasLayers = layers.length > 0;
  useEffect(() => {
    if (hasLayers) onRoutesShown?.();
  }, [hasLayers, onRoutesShown]);
  return null;
}
