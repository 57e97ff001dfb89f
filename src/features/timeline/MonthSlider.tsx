/**
 * The timeline's slider: one thumb (a month) or two (a window's start and end) on a track of month
 * indices. It follows the values outside React: `watch` calls back when they change, and the
 * slider writes its thumbs' positions, `aria-valuenow` and `aria-valuetext` and the highlighted
 * range straight into the DOM, so a month step renders nothing (tests/component/app-month-step).
 * React renders it only when its structure changes (one thumb or two, the period, the language).
 *
 * Accessible as a slider: each thumb is `role="slider"` with its min, max, value and the value as
 * text, takes the focus and answers the timeline's keys (slider-values.ts: `sliderKey`); a press on
 * the track takes the nearest thumb there and drags it (pointer capture), as Radix's slider did.
 */
import { useLayoutEffect, useRef } from 'react';
import { closestThumb, fractionValue, moveThumb, rangeEdges, sliderKey, thumbLeft, valueFraction, type SliderKeyAction } from './slider-values';

/** The thumb's width before it was measured (CSS: 18 px + 2 × 3 px border). */
const THUMB_WIDTH = 24;

export interface MonthSliderProps {
  min: number;
  max: number;
  /** The group's label. */
  label: string;
  /** One label per thumb: one thumb, or a window's start and end. */
  thumbLabels: readonly string[];
  /** The values now, one per thumb, in order; read when mounted and whenever `watch` calls back. */
  read: () => number[];
  /** Calls back when the values may have changed; returns the unsubscribe function. */
  watch: (onChange: () => void) => () => void;
  valueText: (value: number) => string;
  /** A press or drag on the track: the values it asks for, in order. */
  onValues: (values: number[]) => void;
  /** A key on a thumb (when the app's shortcuts have not taken it). */
  onKey: (action: SliderKeyAction) => void;
  /** The last thumb's `data-testid`. */
  testId?: string;
}

export function MonthSlider({ min, max, label, thumbLabels, read, watch, valueText, onValues, onKey, testId }: MonthSliderProps) {
  const root = useRef<HTMLSpanElement>(null);
  const range = useRef<HTMLSpanElement>(null);
  const holders = useRef<(HTMLSpanElement | null)[]>([]);
  const thumbs = useRef<(HTMLSpanElement | null)[]>([]);
  /** The thumb a drag moves, or null. */
  const dragging = useRef<number | null>(null);
  const count = thumbLabels.length;

  // Values → DOM, now (before the first paint) and on each change.
  useLayoutEffect(() => {
    let thumbWidth = 0;
    const apply = () => {
      const values = read().slice(0, count);
      thumbWidth ||= thumbs.current[0]?.offsetWidth || THUMB_WIDTH;
      const fractions = values.map((v) => valueFraction(v, min, max));
      values.forEach((value, i) => {
        const holder = holders.current[i];
        const thumb = thumbs.current[i];
        if (holder) holder.style.left = thumbLeft(fractions[i] ?? 0, thumbWidth);
        if (thumb) {
          thumb.setAttribute('aria-valuenow', String(value));
          thumb.setAttribute('aria-valuetext', valueText(value));
        }
      });
      const edges = rangeEdges(fractions);
      if (range.current) {
        range.current.style.left = edges.left;
        range.current.style.right = edges.right;
      }
    };
    apply();
    return watch(apply);
  }, [min, max, count, read, watch, valueText]);

  const valueAt = (clientX: number) => {
    const box = root.current?.getBoundingClientRect();
    if (!box || box.width <= 0) return min;
    return fractionValue((clientX - box.left) / box.width, min, max);
  };
  const dragTo = (clientX: number) => {
    const index = dragging.current;
    if (index === null) return;
    const moved = moveThumb(read().slice(0, count), index, valueAt(clientX));
    if (moved.index !== index) {
      dragging.current = moved.index;
      thumbs.current[moved.index]?.focus();
    }
    onValues(moved.values);
  };

  return (
    <span
      ref={root}
      className="slider-root"
      role="group"
      aria-label={label}
      data-orientation="horizontal"
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        // No text selection and no focus on the track: the thumb takes it.
        event.preventDefault();
        event.currentTarget.setPointerCapture?.(event.pointerId);
        const value = valueAt(event.clientX);
        const index = closestThumb(read().slice(0, count), value);
        dragging.current = index;
        thumbs.current[index]?.focus();
        dragTo(event.clientX);
      }}
      onPointerMove={(event) => {
        if (dragging.current !== null) dragTo(event.clientX);
      }}
      onPointerUp={(event) => {
        dragging.current = null;
        if (event.currentTarget.hasPointerCapture?.(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
      }}
      onPointerCancel={() => {
        dragging.current = null;
      }}
    >
      <span className="slider-track">
        <span ref={range} className="slider-range" />
      </span>
      {thumbLabels.map((thumbLabel, i) => (
        <span
          key={i}
          ref={(el) => {
            holders.current[i] = el;
          }}
          className="slider-thumb-holder"
        >
          <span
            ref={(el) => {
              thumbs.current[i] = el;
            }}
            role="slider"
            tabIndex={0}
            className={i === 0 && count > 1 ? 'slider-thumb start' : 'slider-thumb'}
            aria-label={thumbLabel}
            aria-valuemin={min}
            aria-valuemax={max}
            aria-orientation="horizontal"
            {...(i === count - 1 && testId ? { 'data-testid': testId } : {})}
            onKeyDown={(event) => {
              const action = sliderKey(event.key, event.shiftKey);
              if (!action) return;
              event.preventDefault();
              onKey(action);
            }}
          />
        </span>
      ))}
    </span>
  );
}
