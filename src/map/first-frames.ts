/**
 * The two start-up moments the bench measures (bench/README.md, "basemap-first" and "routes-first"),
 * as performance marks. The bench's bare pages (bench/baselines) call these same functions, so the
 * app and its baselines detect each moment the same way.
 */

export const BASEMAP_FIRST_MARK = 'routeshift:basemap-first';
export const ROUTES_FIRST_MARK = 'routeshift:routes-first';

/**
 * MapLibre fires `load` at the end of the first frame it draws once the style and every source's
 * tiles are loaded: the first frame with the whole basemap on screen.
 */
export function markBasemapFirst(map: { once: (type: 'load', listener: () => void) => unknown }): void {
  map.once('load', () => performance.mark(BASEMAP_FIRST_MARK));
}

/** What of a deck.gl layer the check reads (a `Layer` has all of it). */
interface DrawnLayer {
  readonly isLoaded: boolean;
  readonly props: { visible?: boolean };
  getNumInstances: () => number;
}

/**
 * A deck.gl `onAfterRender` callback (in interleaved mode it runs on MapLibre's `render` event, at
 * the end of each map frame) that marks the first frame that drew `current()` over the whole
 * basemap: the map is `loaded()` (as for `load` above), and the layer is one deck.gl manages
 * (`isLoaded` is false for a layer deck.gl has not taken in), visible, with at least one row.
 * Layers handed to deck.gl are set up at once, so one managed before the frame was drawn in it.
 * Returns whether that frame has come (now or before).
 */
export function routesFirstMarker(map: { loaded: () => boolean }, current: () => DrawnLayer | undefined): () => boolean {
  let marked = false;
  return () => {
    if (marked || !map.loaded()) return marked;
    const layer = current();
    if (!layer?.isLoaded || layer.props.visible === false || layer.getNumInstances() === 0) return false;
    marked = true;
    performance.mark(ROUTES_FIRST_MARK);
    return true;
  };
}
