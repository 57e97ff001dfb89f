/**
 * Colours. Corridors use the Okabe–Ito colour-blind-safe qualitative palette (plus two neutrals),
 * keyed by the corridor's letter so that branches (C1, C2) share their corridor's colour.
 */
export type RGBA = [number, number, number, number];

const OKABE_ITO: RGBA[] = [
  [230, 159, 0, 255], // orange
  [86, 180, 233, 255], // sky blue
  [0, 158, 115, 255], // bluish green
  [204, 121, 167, 255], // reddish purple
  [0, 114, 178, 255], // blue
  [213, 94, 0, 255], // vermillion
  [240, 228, 66, 255], // yellow
  [120, 94, 70, 255], // brown (extra)
  [90, 90, 90, 255], // dark grey (extra)
  [0, 0, 0, 255], // black
];

/** Corridor family: the leading letters of a corridor id ('C2' → 'C'). */
export function corridorFamily(corridorId: string): string {
  const match = /^[A-Za-z]+/.exec(corridorId);
  return (match ? match[0] : corridorId).toUpperCase();
}

export function corridorColor(corridorId: string): RGBA {
  const family = corridorFamily(corridorId);
  let index = 0;
  if (/^[A-Z]$/.test(family)) index = family.charCodeAt(0) - 65;
  else for (const ch of family) index = (index * 31 + ch.charCodeAt(0)) >>> 0;
  return OKABE_ITO[index % OKABE_ITO.length] ?? [90, 90, 90, 255];
}

export function rgbaCss([r, g, b, a]: RGBA): string {
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
}

export const CROSSING_STATUS_COLORS = {
  open: [0, 158, 115, 255],
  restricted: [0, 114, 178, 255],
  closed: [213, 94, 0, 255],
  fenced: [204, 121, 167, 255],
  controls: [230, 159, 0, 255],
  unrecorded: [110, 110, 110, 255],
} as const satisfies Record<string, RGBA>;

export const INCIDENT_COLOR: RGBA = [180, 30, 60, 170];
export const HUB_COLOR: RGBA = [55, 55, 65, 255];
export const SAFE_HOUSE_COLOR: RGBA = [120, 60, 150, 255];

/**
 * Areas: translucent fill under the routes, a firmer outline. A purple no corridor family draws in
 * (corridors use Okabe–Ito hues at full opacity), so an area never reads as a route.
 */
export const AREA_FILL_COLOR: RGBA = [128, 90, 190, 46];
export const AREA_LINE_COLOR: RGBA = [110, 70, 175, 210];
