/** A name drawn on the map at a place, from the zoom level at which it shows. */
export interface PlaceLabel {
  name: string;
  lon: number;
  lat: number;
  /** MapLibre zoom from which the label shows */
  minZoom: number;
  kind: 'country' | 'capital' | 'city' | 'town';
  /** The filter class of the place it names (data places only; see domain/filter-classes). */
  filterClass?: number;
}
