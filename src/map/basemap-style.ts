/**
 * The MapLibre style of the offline basemap: GeoJSON files served from the app's own origin
 * (public/basemap/, built by scripts/build-basemap.ts). No glyphs, no sprite, no symbol layers:
 * MapLibre would need a glyph server to draw text, so labels are a deck.gl TextLayer
 * (layers/place-labels.ts).
 */
import type { StyleSpecification } from 'maplibre-gl';
import { en } from '../domain/i18n';

/** The attribution in the style's source metadata: English, as MapLibre's attribution control is off and nothing shows it (the sources panel shows the catalogue's line in the active language). */
export const BASEMAP_ATTRIBUTION = en['mapText.basemapAttribution'];


/** The map box [west, south, east, north]: basemap data is clipped to it. */
export const MAP_BOUNDS: [number, number, number, number] = [-25, 10, 50, 62];

export type BasemapTheme = 'light' | 'dark' | 'projector';

interface Palette {
  sea: string;
  land: string;
  border: string;
  coast: string;
  river: string;
  lake: string;
}

export const BASEMAP_PALETTES: Record<BasemapTheme, Palette> = {
  // muted: the route layers carry the colour
  light: {
    sea: '#d9e6ef',
    land: '#f6f6f3',
    border: '#a3a3a3',
    coast: '#9fb3c2',
    river: '#bcd2e2',
    lake: '#d9e6ef',
  },
  // for dim rooms
  dark: {
    sea: '#172029',
    land: '#262b31',
    border: '#68707a',
    coast: '#3e5062',
    river: '#2c4558',
    lake: '#172029',
  },
  // a projector washes out pale tints: white land, a clearly blue sea, dark borders
  projector: {
    sea: '#a8c8e0',
    land: '#ffffff',
    border: '#3c3c3c',
    coast: '#44657f',
    river: '#7fa9cb',
    lake: '#a8c8e0',
  },
};

export const BASEMAP_FILES = ['countries', 'land-boundaries', 'coastline', 'rivers', 'lakes'] as const;

/** Basemap GeoJSON given inline (the self-contained presentation file) instead of by URL. */
export type BasemapData = Partial<Record<(typeof BASEMAP_FILES)[number], GeoJSON.GeoJSON>>;

export function basemapStyle(opts: { baseUrl: string; theme: BasemapTheme; data?: BasemapData | undefined }): StyleSpecification {
  const p = BASEMAP_PALETTES[opts.theme];
  const url = (name: (typeof BASEMAP_FILES)[number]) => opts.data?.[name] ?? new URL(`basemap/${name}.json`, opts.baseUrl).href;
  return {
    version: 8,
    name: `RouteShift basemap (${opts.theme})`,
    sources: {
      countries: { type: 'geojson', data: url('countries'), promoteId: 'iso_a2' },
      'land-boundaries': { type: 'geojson', data: url('land-boundaries') },
      coastline: { type: 'geojson', data: url('coastline') },
      rivers: { type: 'geojson', data: url('rivers') },
      lakes: { type: 'geojson', data: url('lakes') },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': p.sea } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': p.land, 'fill-antialias': false } },
      { id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': p.lake } },
      {
        id: 'rivers',
        type: 'line',
        source: 'rivers',
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': p.river,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 6, 1, 9, 1.8],
          'line-opacity': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 6, 1],
        },
      },
      {
        id: 'lake-shores',
        type: 'line',
        source: 'lakes',
        paint: { 'line-color': p.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.3, 8, 0.7] },
      },
      {
        id: 'coastline',
        type: 'line',
        source: 'coastline',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': p.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 6, 0.9, 9, 1.3] },
      },
      {
        // every land border the same way, disputed ones (Kosovo–Serbia, …) included
        id: 'land-boundaries',
        type: 'line',
        source: 'land-boundaries',
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': p.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 6, 1, 9, 1.6] },
      },
    ],
  };
}
