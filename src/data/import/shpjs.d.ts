/** The parts of shpjs 6 (no types of its own) the Shapefile reader uses. */
declare module 'shpjs' {
  /** GeoJSON geometries of the .shp, one per record (null for a null shape), reprojected to WGS84 when `prj` (the .prj's text) is given. */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView | DataView, prj?: string): unknown[];
  /** The .dbf's records as objects, text decoded with the .cpg's encoding (UTF-8 without one). */
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView | DataView, cpg?: string): Record<string, unknown>[];
}
