/**
 * Symbols drawn as one SVG atlas in a data: URL (no request leaves the app). Used as masks and
 * tinted per row, so each crossing state is readable by shape as well as colour.
 *
 * A mask icon keeps only its alpha (deck.gl tints every opaque pixel), so the white marks inside a
 * symbol (the cross of "closed", the bars of "fenced") are cut out with an SVG mask, not painted
 * white: painted, they would vanish on the map and the symbol would differ from the legend's.
 */
import { CROSSING_STATUS_ORDER, crossingIconName } from '../../domain/crossing-status';

const CELL = 64;

interface SymbolShape {
  /** Painted in '#000' (the colour the legend swaps in). */
  body: string;
  /** Cut out of the body: drawn in 'black' inside a mask. */
  holes?: string;
}

const CROSSING_SHAPES: Record<string, SymbolShape> = {
  open: { body: '<circle cx="32" cy="32" r="20" fill="none" stroke="#000" stroke-width="9"/>' },
  // A ring half filled: some pass, not all.
  restricted: { body: '<circle cx="32" cy="32" r="21" fill="none" stroke="#000" stroke-width="8"/><path d="M11 32 A21 21 0 0 0 53 32 Z" fill="#000"/>' },
  closed: {
    body: '<circle cx="32" cy="32" r="25" fill="#000"/>',
    holes: '<path d="M21 21 L43 43 M43 21 L21 43" stroke="black" stroke-width="8" stroke-linecap="round"/>',
  },
  fenced: {
    body: '<rect x="8" y="10" width="48" height="44" rx="4" fill="#000"/>',
    holes: '<path d="M19 16 V48 M32 16 V48 M45 16 V48 M12 27 H52 M12 39 H52" stroke="black" stroke-width="5"/>',
  },
  controls: { body: '<path d="M32 5 L59 32 L32 59 L5 32 Z" fill="none" stroke="#000" stroke-width="8"/><circle cx="32" cy="32" r="8" fill="#000"/>' },
  unrecorded: { body: '<circle cx="32" cy="32" r="13" fill="none" stroke="#000" stroke-width="6" stroke-dasharray="6 5"/>' },
};

const SAFE_HOUSE: SymbolShape = {
  body: '<path d="M10 30 L32 10 L54 30 V55 H10 Z" fill="none" stroke="#000" stroke-width="6" stroke-dasharray="9 5" stroke-linejoin="round"/><rect x="26" y="38" width="12" height="17" fill="#000"/>',
};

function draw(shape: SymbolShape, id: string): string {
  if (!shape.holes) return shape.body;
  return `<mask id="${id}" maskUnits="userSpaceOnUse" x="0" y="0" width="${CELL}" height="${CELL}"><rect width="${CELL}" height="${CELL}" fill="white"/>${shape.holes}</mask><g mask="url(#${id})">${shape.body}</g>`;
}

/** Opacity of the status' shape in its "end unknown" variant (the fade is in the symbol, so legend and map agree). */
export const END_UNKNOWN_OPACITY = 0.4;

/**
 * "End unknown": the status' shape faded to about 40 % and smaller, inside a dashed ring in the
 * status colour, so a status no source confirms for the month never looks like a confirmed one and
 * the ring still reads on a dark or projected map.
 */
function endUnknown(shape: SymbolShape, id: string): string {
  return `<g opacity="${END_UNKNOWN_OPACITY}" transform="translate(32 32) scale(0.62) translate(-32 -32)">${draw(shape, id)}</g><circle cx="32" cy="32" r="28" fill="none" stroke="#000" stroke-width="5" stroke-dasharray="8 5" opacity="0.9"/>`;
}

/**
 * deck.gl picks an icon only where its alpha is above the layer's `alphaCutoff`: a hollow ring or a
 * cut-out cross would let the pointer fall through the symbol's middle. Every crossing symbol sits
 * on a disc just opaque enough to be picked and too faint to be seen.
 */
export const HIT_AREA_OPACITY = 0.07;
export const ICON_ALPHA_CUTOFF = 0.03;
const hitArea = (r: number) => `<circle cx="32" cy="32" r="${r}" fill="#000" fill-opacity="${HIT_AREA_OPACITY}"/>`;

/** Every symbol's SVG by icon name, each mask with its own id. */
const SHAPES: Record<string, string> = {};
for (const status of CROSSING_STATUS_ORDER) {
  const shape = CROSSING_SHAPES[status] as SymbolShape;
  SHAPES[crossingIconName(status)] = hitArea(status === 'unrecorded' ? 18 : 27) + draw(shape, `m-${status}`);
  const variant = crossingIconName(status, true);
  if (!(variant in SHAPES)) SHAPES[variant] = hitArea(30) + endUnknown(shape, `m-${status}-eu`);
}
SHAPES['safe-house'] = draw(SAFE_HOUSE, 'm-safe-house');

export const ICON_NAMES = Object.keys(SHAPES);

export const ICON_MAPPING = Object.fromEntries(
  ICON_NAMES.map((name, i) => [name, { x: i * CELL, y: 0, width: CELL, height: CELL, mask: true }]),
);

export const ICON_ATLAS = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${CELL * ICON_NAMES.length}" height="${CELL}">${ICON_NAMES.map(
    (name, i) => `<g transform="translate(${i * CELL} 0)">${SHAPES[name]}</g>`,
  ).join('')}</svg>`,
)}`;

/** One symbol as an image URL in a given CSS colour, for the legend (an <img>, never inserted HTML). */
export function iconDataUrl(name: string, color: string): string {
  const shape = (SHAPES[name] ?? '').replace(/#000/g, color);
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">${shape}</svg>`,
  )}`;
}
