/**
 * Symbols drawn as one SVG atlas in a data: URL (no request leaves the app). Used as masks and
 * tinted per row, so each crossing state is readable by shape as well as colour.
 */
const CELL = 64;
const SHAPES: Record<string, string> = {
  'crossing-open': '<circle cx="32" cy="32" r="20" fill="none" stroke="#000" stroke-width="9"/>',
  'crossing-closed':
    '<circle cx="32" cy="32" r="25" fill="#000"/><path d="M21 21 L43 43 M43 21 L21 43" stroke="#fff" stroke-width="8" stroke-linecap="round"/>',
  'crossing-fenced':
    '<rect x="8" y="10" width="48" height="44" rx="4" fill="#000"/><path d="M18 16 V48 M28 16 V48 M38 16 V48 M48 16 V48 M12 26 H52 M12 40 H52" stroke="#fff" stroke-width="4"/>',
  'crossing-controls':
    '<path d="M32 5 L59 32 L32 59 L5 32 Z" fill="none" stroke="#000" stroke-width="8"/><circle cx="32" cy="32" r="8" fill="#000"/>',
  'crossing-unrecorded': '<circle cx="32" cy="32" r="13" fill="none" stroke="#000" stroke-width="6" stroke-dasharray="6 5"/>',
  'safe-house':
    '<path d="M10 30 L32 10 L54 30 V55 H10 Z" fill="none" stroke="#000" stroke-width="6" stroke-dasharray="9 5" stroke-linejoin="round"/><rect x="26" y="38" width="12" height="17" fill="#000"/>',
};

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
