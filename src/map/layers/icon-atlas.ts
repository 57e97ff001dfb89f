/**
 * Symbols drawn as one SVG atlas in a data: URL (no request leaves the app).
 *
 * Crossing symbols are drawn in their status colour on a white halo (not as masks tinted per row):
 * a symbol on a route of the same colour (restricted blue on a blue corridor, open green on a
 * green one) would otherwise melt into the line, and a mask keeps only alpha, so the white cross
 * of "closed" or bars of "fenced" could not be drawn at all. The halo also makes the whole symbol
 * hoverable (deck.gl picks an icon only where it is opaque). Each state is readable by shape as
 * well as colour. The safe house and the candidate-crossing mark stay masks, tinted by their layer.
 */
import { CROSSING_STATUS_ORDER, crossingIconName } from '../../domain/crossing-status';
import { CROSSING_STATUS_COLORS } from '../../domain/palette';

const CELL = 64;

interface SymbolShape {
  /** Painted in '#000' (the colour swapped in). */
  body: string;
  /** Cut out of the body: drawn in 'black' inside a mask (the halo shows through). */
  holes?: string;
  /** The white ground under the body, a little larger than it. */
  halo: string;
}

const HALO = '#fff';

const CROSSING_SHAPES: Record<string, SymbolShape> = {
  open: {
    body: '<circle cx="32" cy="32" r="20" fill="none" stroke="#000" stroke-width="9"/>',
    halo: `<circle cx="32" cy="32" r="28" fill="${HALO}"/>`,
  },
  // A ring half filled: some pass, not all.
  restricted: {
    body: '<circle cx="32" cy="32" r="21" fill="none" stroke="#000" stroke-width="8"/><path d="M11 32 A21 21 0 0 0 53 32 Z" fill="#000"/>',
    halo: `<circle cx="32" cy="32" r="29" fill="${HALO}"/>`,
  },
  closed: {
    body: '<circle cx="32" cy="32" r="25" fill="#000"/>',
    holes: '<path d="M21 21 L43 43 M43 21 L21 43" stroke="black" stroke-width="8" stroke-linecap="round"/>',
    halo: `<circle cx="32" cy="32" r="30" fill="${HALO}"/>`,
  },
  fenced: {
    body: '<rect x="8" y="10" width="48" height="44" rx="4" fill="#000"/>',
    holes: '<path d="M19 16 V48 M32 16 V48 M45 16 V48 M12 27 H52 M12 39 H52" stroke="black" stroke-width="5"/>',
    halo: `<rect x="3" y="5" width="58" height="54" rx="8" fill="${HALO}"/>`,
  },
  controls: {
    body: '<path d="M32 5 L59 32 L32 59 L5 32 Z" fill="none" stroke="#000" stroke-width="8"/><circle cx="32" cy="32" r="8" fill="#000"/>',
    halo: `<path d="M32 0 L64 32 L32 64 L0 32 Z" fill="${HALO}"/>`,
  },
  unrecorded: {
    body: '<circle cx="32" cy="32" r="13" fill="none" stroke="#000" stroke-width="6" stroke-dasharray="6 5"/>',
    halo: `<circle cx="32" cy="32" r="19" fill="${HALO}" fill-opacity="0.6"/>`,
  },
};

/** Masks, tinted by their layers. */
const SAFE_HOUSE =
  '<path d="M10 30 L32 10 L54 30 V55 H10 Z" fill="none" stroke="#000" stroke-width="6" stroke-dasharray="9 5" stroke-linejoin="round"/><rect x="26" y="38" width="12" height="17" fill="#000"/>';
const CANDIDATE = '<circle cx="32" cy="32" r="13" fill="none" stroke="#000" stroke-width="6" stroke-dasharray="6 5"/>';
export const CANDIDATE_ICON = 'candidate-crossing';

function draw(shape: SymbolShape, id: string): string {
  const body = shape.holes
    ? `<mask id="${id}" maskUnits="userSpaceOnUse" x="0" y="0" width="${CELL}" height="${CELL}"><rect width="${CELL}" height="${CELL}" fill="white"/>${shape.holes}</mask><g mask="url(#${id})">${shape.body}</g>`
    : shape.body;
  return shape.halo + body;
}

/** Opacity of the status' shape in its "end unknown" variant. */
export const END_UNKNOWN_OPACITY = 0.4;

/**
 * "End unknown": the status' shape faded to about 40 % and smaller, inside a dashed ring in the
 * status colour, so a status no source confirms for the month never looks like a confirmed one and
 * the ring still reads on a dark or projected map.
 */
function endUnknown(shape: SymbolShape, id: string): string {
  return `<circle cx="32" cy="32" r="22" fill="${HALO}" fill-opacity="0.85"/><circle cx="32" cy="32" r="28" fill="none" stroke="${HALO}" stroke-width="8"/><g opacity="${END_UNKNOWN_OPACITY}" transform="translate(32 32) scale(0.62) translate(-32 -32)">${draw({ ...shape, halo: '' }, id)}</g><circle cx="32" cy="32" r="28" fill="none" stroke="#000" stroke-width="5" stroke-dasharray="8 5"/>`;
}

/** Every symbol's SVG by icon name ('#000' where the colour goes), each mask with its own id. */
const SHAPES: Record<string, string> = {};
/** The colour drawn into each crossing symbol of the atlas. */
const ATLAS_COLORS: Record<string, string> = {};
for (const status of CROSSING_STATUS_ORDER) {
  const shape = CROSSING_SHAPES[status] as SymbolShape;
  const [r, g, b] = CROSSING_STATUS_COLORS[status];
  const name = crossingIconName(status);
  SHAPES[name] = draw(shape, `m-${status}`);
  ATLAS_COLORS[name] = `rgb(${r},${g},${b})`;
  const variant = crossingIconName(status, true);
  if (!(variant in SHAPES)) {
    SHAPES[variant] = endUnknown(shape, `m-${status}-eu`);
    ATLAS_COLORS[variant] = `rgb(${r},${g},${b})`;
  }
}
SHAPES['safe-house'] = SAFE_HOUSE;
SHAPES[CANDIDATE_ICON] = CANDIDATE;

export const ICON_NAMES = Object.keys(SHAPES);

/** Crossing symbols carry their colours; the others are masks. */
export const ICON_MAPPING = Object.fromEntries(
  ICON_NAMES.map((name, i) => [name, { x: i * CELL, y: 0, width: CELL, height: CELL, mask: !(name in ATLAS_COLORS) }]),
);

export const ICON_ATLAS = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${CELL * ICON_NAMES.length}" height="${CELL}">${ICON_NAMES.map(
    (name, i) => `<g transform="translate(${i * CELL} 0)">${(SHAPES[name] ?? '').replace(/#000/g, ATLAS_COLORS[name] ?? '#000')}</g>`,
  ).join('')}</svg>`,
)}`;

/** One symbol as an image URL in a given CSS colour, for the legends (an <img>, never inserted HTML). */
export function iconDataUrl(name: string, color: string): string {
  const shape = (SHAPES[name] ?? '').replace(/#000/g, color);
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">${shape}</svg>`,
  )}`;
}
