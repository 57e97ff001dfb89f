/** @terraformer/wkt ships no types: the two functions it exports, as its README documents them. */
declare module '@terraformer/wkt' {
  import type { Geometry } from 'geojson';
  /** Throws when the text is not WKT it can read. */
  export function wktToGeoJSON(wkt: string): Geometry;
  export function geojsonToWKT(geometry: Geometry): string;
}
