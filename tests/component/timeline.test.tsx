// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCommands } from '../../src/features/commands/registry';
import { useShortcuts } from '../../src/features/commands/use-shortcuts';
import { LayerPanel } from '../../src/features/legend/LayerPanel';
import { Timeline } from '../../src/features/timeline/Timeline';
import { useAppStore } from '../../src/state/store';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import { demoDataset } from '../fixtures/demo-fixture';

const commands = buildCommands();
function Harness() {
  useShortcuts(useAppStore, commands);
  const dataset = useAppStore((s) => s.dataset);
  return dataset ? (
    <>
      <LayerPanel />
      <Timeline dataset={dataset} />
    </>
  ) : null;
}

beforeEach(() => {
  useAppStore.setState({ month: '2015-08', windowMode: 'month', windowStart: '2015-06', trail: false, playing: false, speed: 1, layers: DEFAULT_LAYERS, openEventId: null });
  useAppStore.getState().setDataset(demoDataset());
});
afterEach(cleanup);

describe('timeline', () => {
  it('shows the month large and announces it as text on the slider', () => {
    render(<Harness />);
    expect(screen.getByTestId('month-label').textContent).toBe('August 2015');
    expect(screen.getByRole('slider').getAttribute('aria-valuetext')).toBe('August 2015');
  });
  it('steps with the arrow keys on the slider: one month, Shift one year, Home/End the edges', () => {
    render(<Harness />);
    const slider = screen.getByRole('slider');
    slider.focus();
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(screen.getByTestId('month-label').textContent).toBe('September 2015');
    fireEvent.keyDown(slider, { key: 'ArrowRight', shiftKey: true });
    expect(screen.getByTestId('month-label').textContent).toBe('September 2016');
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(screen.getByTestId('month-label').textContent).toBe('January 2009');
    fireEvent.keyDown(slider, { key: 'End' });
    expect(screen.getByTestId('month-label').textContent).toBe('April 2025');
  });
  it('plays and pauses with the button and with Space', () => {
    render(<Harness />);
    fireEvent.click(screen.getByTestId('play-button'));
    expect(useAppStore.getState().playing).toBe(true);
    expect(screen.getByTestId('play-button').getAttribute('aria-label')).toMatch(/Pause/);
    fireEvent.keyDown(screen.getByRole('slider'), { key: ' ' });
    expect(useAppStore.getState().playing).toBe(false);
  });
  it('changes speed from the select', () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText(/Playback speed/), { target: { value: '4' } });
    expect(useAppStore.getState().speed).toBe(4);
  });
  it('opens an event marker: the month moves to the event', () => {
    render(<Harness />);
    const marker = screen.getByRole('button', { name: /Hungary seals its border with Serbia/ });
    act(() => marker.click());
    expect(useAppStore.getState().openEventId).not.toBeNull();
    expect(screen.getByTestId('month-label').textContent).toBe('September 2015');
  });
  it('draws one histogram bar per month, the current one emphasised', () => {
    const { container } = render(<Harness />);
    expect(container.querySelectorAll('.histogram rect')).toHaveLength(196);
    expect(container.querySelectorAll('.histogram rect.current')).toHaveLength(1);
  });
  it('emphasises the whole window, across years, as it moves', () => {
    const { container } = render(<Harness />);
    const emphasised = () => [...container.querySelectorAll('.histogram rect')].flatMap((r, i) => (r.classList.contains('current') ? [i] : []));
    // 2009-01 is bar 0: 2015-08 is bar 79.
    expect(emphasised()).toEqual([79]);
    act(() => {
      useAppStore.getState().setWindowMode('range');
      useAppStore.getState().setWindowRange('2015-10', '2016-03');
    });
    expect(emphasised()).toEqual([81, 82, 83, 84, 85, 86]);
    // Setting the month moves the window's end; its start stays.
    act(() => useAppStore.getState().setMonth('2016-01'));
    expect(emphasised()).toEqual([81, 82, 83, 84]);
  });
});

describe('time windows', () => {
  it('switches to a range with two handles, labelled as a range, and W cycles the modes', () => {
    render(<Harness />);
    fireEvent.click(screen.getByTestId('window-range'));
    expect(screen.getAllByRole('slider')).toHaveLength(2);
    expect(screen.getByTestId('month-label').textContent).toBe('May 2015 – Aug 2015');
    fireEvent.keyDown(screen.getByTestId('timeline-slider'), { key: 'ArrowRight' });
    // a range slides as a whole
    expect(screen.getByTestId('month-label').textContent).toBe('Jun 2015 – Sep 2015');
    fireEvent.keyDown(document.body, { key: 'w' });
    expect(useAppStore.getState().windowMode).toBe('since');
    fireEvent.keyDown(document.body, { key: 'w' });
    expect(screen.getAllByRole('slider')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('trail-toggle'));
    expect(useAppStore.getState().trail).toBe(true);
  });
});

describe('layer toggles', () => {
  it('toggle layers by click and by the number key', () => {
    render(<Harness />);
    const incidents = screen.getByTestId('layer-toggle-incidents') as HTMLInputElement;
    expect(incidents.checked).toBe(true);
    fireEvent.click(incidents);
    expect(incidents.checked).toBe(false);
    expect(useAppStore.getState().layers.incidents).toBe(false);
    fireEvent.keyDown(document.body, { key: '1' });
    expect((screen.getByTestId('layer-toggle-segments') as HTMLInputElement).checked).toBe(false);
  });
});
