// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MonthSlider, type MonthSliderProps } from '../../src/features/timeline/MonthSlider';

afterEach(cleanup);

/** A slider over 0–100 whose values live outside React, as the store's month does. */
function setup(initial: number[], props: Partial<MonthSliderProps> = {}) {
  let values = initial;
  const listeners = new Set<() => void>();
  const set = (next: number[]) => {
    values = next;
    for (const l of listeners) l();
  };
  const onValues = vi.fn(set);
  const onKey = vi.fn();
  const renders = { count: 0 };
  const view = render(
    <MonthSlider
      min={0}
      max={100}
      label="Time window"
      thumbLabels={initial.length === 1 ? ['Month'] : ['Start', 'Month']}
      read={() => values}
      watch={(l) => (listeners.add(l), () => listeners.delete(l))}
      valueText={(v) => `month ${v}`}
      onValues={onValues}
      onKey={onKey}
      testId="slider"
      {...props}
    />,
  );
  const root = view.container.querySelector('.slider-root') as HTMLElement;
  // jsdom lays nothing out: a 200 px track from x = 0.
  root.getBoundingClientRect = () => ({ left: 0, width: 200, top: 0, height: 20, right: 200, bottom: 20, x: 0, y: 0, toJSON: () => ({}) });
  return { set, onValues, onKey, renders, root };
}

describe('MonthSlider', () => {
  it('is a slider to assistive technology, with its value as a number and as text', () => {
    setup([40]);
    const thumb = screen.getByRole('slider', { name: 'Month' });
    expect(thumb.getAttribute('aria-valuemin')).toBe('0');
    expect(thumb.getAttribute('aria-valuemax')).toBe('100');
    expect(thumb.getAttribute('aria-valuenow')).toBe('40');
    expect(thumb.getAttribute('aria-valuetext')).toBe('month 40');
    expect(thumb.tabIndex).toBe(0);
    expect(screen.getByRole('group', { name: 'Time window' })).toBeTruthy();
  });

  it('follows new values without a render: value, text, thumb position and range', () => {
    const { set } = setup([40]);
    const thumb = screen.getByTestId('slider');
    const holder = thumb.parentElement as HTMLElement;
    const range = document.querySelector('.slider-range') as HTMLElement;
    expect(range.style.right).toBe('60%');
    set([75]);
    expect(thumb.getAttribute('aria-valuenow')).toBe('75');
    expect(thumb.getAttribute('aria-valuetext')).toBe('month 75');
    expect(holder.style.left).toContain('75%');
    expect(range.style.left).toBe('0%');
    expect(range.style.right).toBe('25%');
  });

  it('has two thumbs for a window, the range between them', () => {
    const { set } = setup([20, 60]);
    const [start, end] = screen.getAllByRole('slider');
    expect(start?.getAttribute('aria-label')).toBe('Start');
    expect(start?.className).toContain('start');
    expect(end?.getAttribute('data-testid')).toBe('slider');
    set([30, 70]);
    expect(start?.getAttribute('aria-valuenow')).toBe('30');
    expect(end?.getAttribute('aria-valuenow')).toBe('70');
    const range = document.querySelector('.slider-range') as HTMLElement;
    expect([range.style.left, range.style.right]).toEqual(['30%', '30%']);
  });

  it('passes its keys on as steps and edges, and leaves other keys alone', () => {
    const { onKey } = setup([40]);
    const thumb = screen.getByRole('slider');
    fireEvent.keyDown(thumb, { key: 'ArrowRight' });
    fireEvent.keyDown(thumb, { key: 'ArrowLeft', shiftKey: true });
    fireEvent.keyDown(thumb, { key: 'End' });
    fireEvent.keyDown(thumb, { key: 'x' });
    expect(onKey.mock.calls.map((c) => c[0])).toEqual([{ step: 1 }, { step: -12 }, { edge: 'last' }]);
  });

  it('moves the nearest thumb to a press on the track and drags it until released', () => {
    const { onValues, root } = setup([20, 60]);
    fireEvent.pointerDown(root, { button: 0, clientX: 100, pointerId: 1 });
    // 100 px of 200: value 50, nearer the end thumb (60).
    expect(onValues).toHaveBeenLastCalledWith([20, 50]);
    expect(document.activeElement?.getAttribute('data-testid')).toBe('slider');
    fireEvent.pointerMove(root, { clientX: 20, pointerId: 1 });
    // Past the start thumb: the values stay in order, the dragged thumb is now the first.
    expect(onValues).toHaveBeenLastCalledWith([10, 20]);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Start');
    fireEvent.pointerUp(root, { pointerId: 1 });
    fireEvent.pointerMove(root, { clientX: 180, pointerId: 1 });
    expect(onValues).toHaveBeenCalledTimes(2);
  });
});
