// @vitest-environment jsdom
/**
 * The event markers above the timeline are one tab stop (issue 16 item 5): exactly one marker is
 * tabbable, arrow keys, Home and End move focus among them in month order, Enter opens the focused
 * one, and tabbing in lands on the marker at or after the month on screen.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventMarkers, markerNearMonth, markerStep } from '../../src/features/timeline/EventMarkers';
import { monthIndex } from '../../src/domain/month';
import { useAppStore } from '../../src/state/store';
import { demoDataset } from '../fixtures/demo-fixture';

const dataset = demoDataset();
const first = monthIndex(dataset.months.from);
const last = monthIndex(dataset.months.to);
const inMonthOrder = [...dataset.events].sort((a, b) => monthIndex(a.month) - monthIndex(b.month));

beforeEach(() => useAppStore.setState({ month: '2015-09', openEventId: null }));
afterEach(cleanup);

const markers = () => screen.getAllByTestId('event-marker');
const tabbable = () => markers().filter((m) => m.tabIndex === 0);

describe('event markers', () => {
  it('are one tab stop however many events there are', () => {
    render(<EventMarkers dataset={dataset} first={first} last={last} />);
    expect(markers().length).toBe(dataset.events.length);
    expect(markers().length).toBeGreaterThan(10);
    expect(tabbable()).toHaveLength(1);
    expect(screen.getByRole('toolbar').getAttribute('aria-label')).toMatch(/arrow keys move, Enter opens/);
  });

  it('move focus with the arrow keys, Home and End, in month order, and open the focused event on Enter', () => {
    render(<EventMarkers dataset={dataset} first={first} last={last} />);
    const start = tabbable()[0]!;
    start.focus();
    const at = markers().indexOf(document.activeElement as HTMLElement);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(markers().indexOf(document.activeElement as HTMLElement)).toBe(at + 1);
    expect(tabbable()).toEqual([document.activeElement]);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement?.getAttribute('aria-label')).toContain(inMonthOrder[0]!.title);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement?.getAttribute('aria-label')).toContain(inMonthOrder[0]!.title);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    const lastEvent = inMonthOrder[inMonthOrder.length - 1]!;
    expect(document.activeElement?.getAttribute('aria-label')).toContain(lastEvent.title);
    fireEvent.click(document.activeElement!);
    expect(useAppStore.getState().openEventId).toBe(lastEvent.id);
    expect(useAppStore.getState().month).toBe(lastEvent.month);
  });

  it('land on the marker at or after the month on screen when tabbed into', () => {
    render(
      <>
        <button type="button">before</button>
        <EventMarkers dataset={dataset} first={first} last={last} />
      </>,
    );
    useAppStore.setState({ month: '2016-03' });
    const before = screen.getByText('before');
    fireEvent.focus(tabbable()[0]!, { relatedTarget: before });
    const expected = inMonthOrder.find((e) => monthIndex(e.month) >= monthIndex('2016-03'))!;
    expect(document.activeElement?.getAttribute('aria-label')).toContain(expected.title);
  });
});

describe('marker steps', () => {
  it('stay within the row and ignore other keys', () => {
    expect(markerStep('ArrowRight', 4, 5)).toBe(4);
    expect(markerStep('ArrowDown', 1, 5)).toBe(2);
    expect(markerStep('ArrowUp', 0, 5)).toBe(0);
    expect(markerStep('End', 0, 5)).toBe(4);
    expect(markerStep('Enter', 2, 5)).toBeNull();
    expect(markerStep('ArrowRight', 0, 0)).toBeNull();
    expect(markerNearMonth([10, 20, 30], 20)).toBe(1);
    expect(markerNearMonth([10, 20, 30], 21)).toBe(2);
    expect(markerNearMonth([10, 20, 30], 99)).toBe(2);
  });
});
