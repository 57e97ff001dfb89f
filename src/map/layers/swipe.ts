/**
 * Two periods side by side on one map (a swipe): the same segment data drawn twice, each copy
 * filtered to its own period on the GPU and clipped to its side of the divider. One camera, one
 * width scale for both sides.
 */
import { ClipExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import { monthIndex, monthKey, type MonthKey } from '../../domain/month';
import { windowBounds, type TimeWindow } from '../../domain/time-window';

export const CLIP = new ClipExtension();

export interface SwipeInput {
  /** The left side's last month. */
  leftMonth: MonthKey;
  /** Longitude of the divider at the moment. */
  splitLon: number;
}

/** The left side's window: the right side's window moved so that it ends at `leftMonth`. */
export function leftWindow(right: TimeWindow, leftMonth: MonthKey): TimeWindow {
  const { from, to } = windowBounds(right);
  const shift = monthIndex(leftMonth) - to;
  return { ...right, month: leftMonth, start: monthKey(Math.max(0, from + shift)) };
}

/**
 * The copy of a layer for the left side, and the clipped original for the right. The copy's id is
 * prefixed, not suffixed: deck.gl's layerIds picking matches ids by prefix.
 */
export function splitLayer(layer: Layer, leftFilter: object, splitLon: number): [Layer, Layer] {
  const extensions = [...(layer.props.extensions ?? []), CLIP];
  return [
    layer.clone({ id: `left-${layer.id}`, extensions, clipBounds: [-180, -90, splitLon, 90], ...leftFilter } as Partial<typeof layer.props>),
    layer.clone({ extensions, clipBounds: [splitLon, -90, 180, 90] } as Partial<typeof layer.props>),
  ];
}
