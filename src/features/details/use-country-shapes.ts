import { useEffect, useState } from 'react';
import type { CountryFeatures } from '../../domain/geometry-analytics';

let loading: Promise<CountryFeatures> | null = null;

/** The basemap's country polygons (same origin, already cached by the map), loaded on first use. */
export function useCountryShapes(): CountryFeatures | null {
  const [shapes, setShapes] = useState<CountryFeatures | null>(null);
  useEffect(() => {
    let live = true;
    loading ??= fetch(new URL('basemap/countries.json', document.baseURI).href).then((r) => r.json() as Promise<CountryFeatures>);
    loading.then((c) => live && setShapes(c)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return shapes;
}
