import { describe, expect, it } from 'vitest';
import { closestThumb, fractionValue, moveThumb, rangeEdges, sliderKey, thumbLeft, valueFraction } from '../../src/features/timeline/slider-values';

describe('the month slider arithmetic', () => {
  it('places a value along the track and finds the value at a point, clamped and whole', () => {
    expect(valueFraction(100, 100, 300)).toBe(0);
    expect(valueFraction(200, 100, 300)).toBe(0.5);
    expect(valueFraction(300, 100, 300)).toBe(1);
    expect(valueFraction(50, 100, 300)).toBe(0);
    expect(valueFraction(400, 100, 300)).toBe(1);
    expect(valueFraction(5, 5, 5)).toBe(0);
    expect(fractionValue(0, 100, 300)).toBe(100);
    expect(fractionValue(0.5, 100, 300)).toBe(200);
    expect(fractionValue(0.5024, 100, 300)).toBe(200);
    expect(fractionValue(0.5026, 100, 300)).toBe(201);
    expect(fractionValue(-0.2, 100, 300)).toBe(100);
    expect(fractionValue(1.7, 100, 300)).toBe(300);
    expect(fractionValue(Number.NaN, 100, 300)).toBe(100);
    // A value and the point it is drawn at agree.
    for (let v = 100; v <= 300; v += 7) expect(fractionValue(valueFraction(v, 100, 300), 100, 300)).toBe(v);
  });

  it('keeps the thumb inside the track at both ends, centred in the middle', () => {
    expect(thumbLeft(0, 24)).toBe('calc(0% + 12px)');
    expect(thumbLeft(0.5, 24)).toBe('calc(50% + 0px)');
    expect(thumbLeft(1, 24)).toBe('calc(100% + -12px)');
  });

  it('highlights from the start of the track to one thumb, or between two', () => {
    expect(rangeEdges([0.25])).toEqual({ left: '0%', right: '75%' });
    expect(rangeEdges([0.25, 0.75])).toEqual({ left: '25%', right: '25%' });
  });

  it('gives a press to the nearest thumb, and of two on the same month to the one on its side', () => {
    expect(closestThumb([150], 290)).toBe(0);
    expect(closestThumb([150, 200], 160)).toBe(0);
    expect(closestThumb([150, 200], 190)).toBe(1);
    // Half way between: the first, as Radix's slider.
    expect(closestThumb([150, 200], 175)).toBe(0);
    expect(closestThumb([180, 180], 170)).toBe(0);
    expect(closestThumb([180, 180], 190)).toBe(1);
  });

  it('keeps the values in order when a dragged thumb passes the other', () => {
    expect(moveThumb([150], 0, 170)).toEqual({ values: [170], index: 0 });
    expect(moveThumb([150, 200], 1, 180)).toEqual({ values: [150, 180], index: 1 });
    expect(moveThumb([150, 200], 1, 120)).toEqual({ values: [120, 150], index: 0 });
    expect(moveThumb([150, 200], 0, 230)).toEqual({ values: [200, 230], index: 1 });
  });

  it("answers the timeline's keys as its shortcuts do", () => {
    expect(sliderKey('ArrowRight', false)).toEqual({ step: 1 });
    expect(sliderKey('ArrowUp', false)).toEqual({ step: 1 });
    expect(sliderKey('ArrowLeft', false)).toEqual({ step: -1 });
    expect(sliderKey('ArrowDown', false)).toEqual({ step: -1 });
    expect(sliderKey('ArrowRight', true)).toEqual({ step: 12 });
    expect(sliderKey('ArrowLeft', true)).toEqual({ step: -12 });
    // The clicker's keys step months, never a year.
    expect(sliderKey('PageDown', false)).toEqual({ step: 1 });
    expect(sliderKey('PageUp', true)).toEqual({ step: -1 });
    expect(sliderKey('Home', false)).toEqual({ edge: 'first' });
    expect(sliderKey('End', false)).toEqual({ edge: 'last' });
    expect(sliderKey('a', false)).toBeNull();
    expect(sliderKey(' ', false)).toBeNull();
  });
});
