/**
 * Routes first (issue 17): until deck.gl has drawn one frame with the route segments, it is handed
 * only the segments layer; the other layers follow in the next task. deck.gl compiles a layer's
 * shaders and builds its font atlas when it first meets the layer, so handing everything at once
 * holds the first frame with routes until every layer's programs are compiled (on a CPU rasteriser,
 * most of a second). Without a visible segments layer everything is handed at once.
 *
 * The app also loads the other layers' code only after that frame (first-layers.ts): until it has,
 * the list it hands is not complete (`setComplete(false)`), and what waits for every layer waits
 * for the complete one.
 */
import type { Layer } from '@deck.gl/core';
import { SEGMENTS_LAYER_ID } from './layers/layer-ids';

/** Rows of a layer's data: an array's or binary data's length (unknown kinds count as some). */
function rowCount(layer: Layer): number {
  const data = layer.props.data as { length?: unknown } | null | undefined;
  return typeof data?.length === 'number' ? data.length : 1;
}

/** Frames with the segments handed after which the rest follows, routes' first frame or not. */
const MAX_FRAMES_HELD = 12;

export class RoutesFirst {
  private holding = true;
  private segmentsHanded = false;
  private framesWithSegments = 0;
  private complete = true;
  private readonly waiting: (() => void)[] = [];

  /**
   * `release` hands deck.gl the whole list again (MapView's latest layers); `shown` runs once, when
   * the routes' first frame is drawn or nothing is held back for it.
   */
  constructor(
    private readonly release: () => void,
    private readonly shown: () => void = () => {},
  ) {}

  /** The part of `layers` to hand deck.gl now. */
  stage(layers: Layer[]): Layer[] {
    if (!this.holding || layers.length === 0) return layers;
    // Segments with no rows draw no first frame to wait for.
    const segments = layers.filter((l) => l.id === SEGMENTS_LAYER_ID && l.props.visible && rowCount(l) > 0);
    if (segments.length === 0) {
      this.stopHolding();
      return layers;
    }
    this.segmentsHanded = true;
    return segments;
  }

  /** Whether the list handed from now on is every layer the app has (false while their code loads). */
  setComplete(complete: boolean): void {
    this.complete = complete;
    this.runWaiting();
  }

  /**
   * deck.gl's `onAfterRender`, with whether the routes' first frame has come (first-frames.ts: the
   * whole basemap and the segments drawn): then the rest follows. A map that never completes its
   * basemap does not hold the rest back for more than a few frames.
   */
  afterRender(routesDrawn: boolean): void {
    if (!this.holding || !this.segmentsHanded) return;
    if (!routesDrawn && ++this.framesWithSegments < MAX_FRAMES_HELD) return;
    setTimeout(this.release, 0);
    this.stopHolding();
  }

  /** Runs `fn` once every layer is handed to deck.gl (now, if nothing is held back). */
  whenComplete(fn: () => void): void {
    if (this.holding || !this.complete) this.waiting.push(fn);
    else fn();
  }

  private stopHolding() {
    this.holding = false;
    setTimeout(this.shown, 0);
    this.runWaiting();
  }

  private runWaiting() {
    if (this.holding || !this.complete) return;
    // Queued after the release (afterRender queues it first), so they run once the layers are handed.
    for (const fn of this.waiting.splice(0)) setTimeout(fn, 0);
  }
}
