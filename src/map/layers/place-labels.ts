/**
 * Basemap place and country labels, drawn by deck.gl (the MapLibre style has no glyph server, so
 * it draws no text). Built by scripts/build-basemap.ts into public/basemap/labels.json.
 *
 * Thinning by zoom: a label shows when `minZoom <= zoom` (minZoom comes from Natural Earth's
 * min_zoom / MIN_LABEL, raised at build time where labels would overlap more important ones). The labels are sorted by minZoom once
 * per labels array (WeakMap keyed by array identity); the visible set is then a prefix of that
 * order, found by binary search, and each prefix array is built once and cached by its length.
 * So while the user zooms the layer gets the *same* data array until the zoom crosses the next
 * minZoom step (about 20 distinct steps), and TextLayer only regenerates its glyph attributes
 * then. This keeps the exact `minZoom <= zoom` rule (testable in node, no GPU) and only the
 * visible labels' glyphs are laid out and uploaded. DataFilterExtension (getFilterValue =
 * minZoom, filterRange = [0, zoom]) would also work through TextLayer's sub-layers, but it lays
 * out every label's glyphs up front and the rule can then only be checked on the GPU.
 */
import { TextLayer } from '@deck.gl/layers';
import type { PlaceLabel } from '../../domain/place-label';
import { labelName } from '../../domain/label-names';
import { LOCALE_CODES } from '../../domain/i18n';
import { PLACE_LABELS_LAYER_ID } from './layer-ids';

export { PLACE_LABELS_LAYER_ID };

export type { PlaceLabel };

type RGBA = [number, number, number, number];

/** System fonts only: nothing is downloaded. */
export const LABEL_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif';

/**
 * SDF atlas settings; a module constant so TextLayer (shallow compare) never rebuilds the atlas
 * because of a new object. radius/buffer leave room for the halo.
 */
const FONT_SETTINGS = { sdf: true, fontSize: 64, buffer: 14, radius: 20, cutoff: 0.25, smoothing: 0.12 } as const;
/** halo ≈ 0.75 × HALO_WIDTH atlas px ≈ 2 screen px at 13 px text */
const HALO_WIDTH = 14;

const THEMES: Record<'light' | 'dark' | 'projector', { place: RGBA; country: RGBA; halo: RGBA; scale: number }> = {
  light: { place: [52, 54, 58, 255], country: [112, 114, 120, 255], halo: [255, 255, 255, 235], scale: 1 },
  dark: { place: [222, 224, 228, 255], country: [158, 164, 172, 255], halo: [20, 24, 30, 235], scale: 1 },
  // read from the back of a room: black on a solid white halo, a third larger
  projector: { place: [0, 0, 0, 255], country: [40, 40, 44, 255], halo: [255, 255, 255, 255], scale: 1.35 },
};

/** Text sizes, px (the build's declutter step estimates label boxes from the same numbers). */
export const LABEL_SIZES: Readonly<Record<PlaceLabel['kind'], number>> = { country: 12.5, capital: 14, city: 13, town: 12 };
/** Places are drawn this many px above their point. */
export const PLACE_LABEL_LIFT = 3;

/**
 * The label's text in a language (see domain/label-names). Country names: uppercase by the
 * language's rules (Greek drops its accents), letter-spaced with hair spaces (TextLayer has no
 * letter-spacing prop).
 */
export function labelText(l: PlaceLabel, locale = 'en'): string {
  const name = labelName(l, locale);
  if (l.kind !== 'country') return name;
  return Array.from(name.toLocaleUpperCase(locale)).join('\u200a');
}

/**
 * Always in the font atlas, whatever the labels: Latin with the region's diacritics (Latin-1
 * Supplement, Latin Extended-A: č ć š ž đ ë ç …), Greek and Cyrillic (with Serbian and Macedonian
 * letters), so a name from a later import or language never meets an empty box.
 */
export const LABEL_SCRIPT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0xff], // Latin-1 Supplement
  [0x100, 0x17f], // Latin Extended-A
  [0x218, 0x21b], // Ș ș Ț ț (Romanian)
  [0x386, 0x3ce], // Greek with tonos
  [0x400, 0x45f], // Cyrillic, Serbian and Macedonian letters included
  [0x2019, 0x2019], // ’
  [0x200a, 0x200a], // hair space between a country name's letters
];

const characterSets = new WeakMap<PlaceLabel[], string>();

/**
 * The font atlas's characters for a labels array: LABEL_SCRIPT_RANGES plus every character of
 * every label's text in every interface language, so no language change needs a glyph the atlas
 * lacks (and the atlas is built once, not per language). One string per labels array.
 */
export function labelCharacterSet(labels: PlaceLabel[]): string {
  let set = characterSets.get(labels);
  if (set === undefined) {
    const chars = new Set<string>();
    for (const [from, to] of LABEL_SCRIPT_RANGES) for (let c = from; c <= to; c++) chars.add(String.fromCodePoint(c));
    for (const l of labels) for (const locale of LOCALE_CODES) for (const ch of labelText(l, locale)) chars.add(ch);
    set = [...chars].sort().join('');
    characterSets.set(labels, set);
  }
  return set;
}

interface ZoomIndex {
  sorted: PlaceLabel[];
  byCount: Map<number, PlaceLabel[]>;
}

const zoomIndexes = new WeakMap<PlaceLabel[], ZoomIndex>();

/**
 * The labels with minZoom <= zoom. Returns the same array instance for every zoom between two
 * consecutive minZoom steps. Most important labels come last so they are drawn on top.
 */
export function labelsForZoom(labels: PlaceLabel[], zoom: number): PlaceLabel[] {
  let idx = zoomIndexes.get(labels);
  if (!idx) {
    idx = { sorted: [...labels].sort((a, b) => a.minZoom - b.minZoom), byCount: new Map() };
    zoomIndexes.set(labels, idx);
  }
  const { sorted, byCount } = idx;
  // number of labels with minZoom <= zoom (upper bound)
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.minZoom <= zoom) lo = mid + 1;
    else hi = mid;
  }
  let visible = byCount.get(lo);
  if (!visible) {
    visible = sorted.slice(0, lo).reverse();
    byCount.set(lo, visible);
  }
  return visible;
}

export function buildPlaceLabelLayer(
  labels: PlaceLabel[],
  opts: { zoom: number; theme: 'light' | 'dark' | 'projector'; visible: boolean; id?: string; language?: string },
): TextLayer<PlaceLabel> {
  const colors = THEMES[opts.theme];
  const language = opts.language ?? 'en';
  return new TextLayer<PlaceLabel>({
    id: opts.id ?? PLACE_LABELS_LAYER_ID,
    visible: opts.visible,
    data: labelsForZoom(labels, opts.zoom),
    pickable: false,
    getPosition: (l) => [l.lon, l.lat],
    getText: (l) => labelText(l, language),
    getSize: (l) => LABEL_SIZES[l.kind] * colors.scale,
    sizeUnits: 'pixels',
    getColor: (l) => (l.kind === 'country' ? colors.country : colors.place),
    // countries centred on their label point; places sit just above theirs so the point itself
    // stays free for the route layers' markers
    getAlignmentBaseline: (l) => (l.kind === 'country' ? 'center' : 'bottom'),
    getPixelOffset: (l) => (l.kind === 'country' ? [0, 0] : [0, -PLACE_LABEL_LIFT]),
    characterSet: labelCharacterSet(labels),
    fontFamily: LABEL_FONT_FAMILY,
    fontWeight: 500,
    fontSettings: FONT_SETTINGS,
    outlineWidth: HALO_WIDTH,
    outlineColor: colors.halo,
    billboard: true,
    // a language change only re-lays out the text: same data, same atlas, same layer id
    updateTriggers: { getColor: opts.theme, getSize: opts.theme, getText: language },
  });
}

export { loadPlaceLabels } from './load-place-labels';
