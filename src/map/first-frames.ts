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
 * A deck.gl `onAfterRender` callback (it runs at the end of each map frame, after deck.gl has drawn
 * its layers) that marks the first frame in which `current()` was drawn: a layer deck.gl manages
 * (`isLoaded` is false for a layer deck.gl has not taken in), visible, with at least one row.
 * Layers handed to deck.gl are set up at once, so one managed before the frame was drawn in it.
 */
export function routesFirstMarker(current: () => DrawnLayer | undefined): () => void {
  let marked = false;
  return () => {
    if (marked) return;
    const layer = current();
    if (!layer?.isLoaded || layer.props.visible === false || layer.getNumInstances() === 0) return;
    marked = true;
    performance.mark(ROUTES_FIRST_MARK);
  };
}
