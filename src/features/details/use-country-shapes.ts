import { useEffect, useState } from 'react';
import { assetFetch } from '../../data/inline-assets';
import type { CountryFeatures } from '../../domain/geometry-analytics';

let loading: Promise<CountryFeatures> | null = null;

/** The basemap's country polygons (same origin), loaded the first time something needs them. */
export function useCountryShapes(needed = true): CountryFeatures | null {
  const [shapes, setShapes] = useState<CountryFeatures | null>(null);
  useEffect(() => {
    if (!needed) return;
    let live = true;
    loading ??= assetFetch(new URL('basemap/countries.json', document.baseURI).href).then((r) => r.json() as Promise<CountryFeatures>);
    loading.then((c) => live && setShapes(c)).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [needed]);
  return shapes;
}
