/** Languages whose place names come from a gazetteer (Natural Earth's NAME_DE, NAME_EL, NAME_IT). */
export const GAZETTEER_LANGUAGES = ['de', 'el', 'it'] as const;
export type GazetteerLanguage = (typeof GAZETTEER_LANGUAGES)[number];

/** A name drawn on the map at a place, from the zoom level at which it shows. */
export interface PlaceLabel {
  /** The name drawn in English and in any language without a name of its own for the place. */
  name: string;
  lon: number;
  lat: number;
  /** MapLibre zoom from which the label shows */
  minZoom: number;
  kind: 'country' | 'capital' | 'city' | 'town';
  /** The filter class of the place it names (data places only; see domain/filter-classes). */
  filterClass?: number;
  /** Countries: ISO 3166-1 alpha-2 code, for the browser's region names in other languages. */
  iso2?: string;
  /** Places: the gazetteer's names that differ from `name` (none is ever made up). */
  names?: Partial<Record<GazetteerLanguage, string>>;
}
