/**
 * Routes first (issue 17): until deck.gl has drawn one frame with the route segments, it is handed
 * only the segments layer; the other layers follow in the next task. deck.gl compiles a layer's
 * shaders and builds its font atlas when it first meets the layer, so handing everything at once
 * holds the first frame with routes until every layer's programs are compiled (on a CPU rasteriser,
 * most of a second). Without a visible segments layer everything is handed at once.
 */
import type { Layer } from '@deck.gl/core';
import { SEGMENTS_LAYER_ID } from './layers/segments-layer';

export class RoutesFirst {
  private holding = true;
  private segmentsHanded = false;
  private readonly waiting: (() => void)[] = [];

  /** `release` hands deck.gl the whole list again (MapView's latest layers). */
  constructor(private readonly release: () => void) {}

  /** The part of `layers` to hand deck.gl now. */
  stage(layers: Layer[]): Layer[] {
    if (!this.holding || layers.length === 0) return layers;
    const segments = layers.filter((l) => l.id === SEGMENTS_LAYER_ID && l.props.visible);
    if (segments.length === 0) {
      this.stopHolding();
      return layers;
    }
    this.segmentsHanded = true;
    return segments;
  }

  /** deck.gl's `onAfterRender`: once a frame has drawn the segments, the rest follows. */
  afterRender(): void {
    if (!this.holding || !this.segmentsHanded) return;
    setTimeout(this.release, 0);
    this.stopHolding();
  }

  /** Runs `fn` once every layer is handed to deck.gl (now, if nothing is held back). */
  whenComplete(fn: () => void): void {
    if (this.holding) this.waiting.push(fn);
    else fn();
  }

  private stopHolding() {
    this.holding = false;
    // Queued after the release (afterRender queues it first), so they run once the layers are handed.
    for (const fn of this.waiting.splice(0)) setTimeout(fn, 0);
  }
}
