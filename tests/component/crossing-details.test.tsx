// @vitest-environment jsdom
/** The legend, the tooltip and the detail panel with the fields added in format v1 (2cc23eb). */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DetailPanel } from '../../src/features/details/DetailPanel';
import { Tooltip } from '../../src/features/details/Tooltip';
import { Legend } from '../../src/features/legend/Legend';
import { resolveEntity } from '../../src/state/selectors';
import type { EntityRef } from '../../src/domain/types';
import { newFieldsDataset } from '../fixtures/new-fields-dataset';

// The panel loads the basemap's country shapes for "countries along": not needed here.
vi.mock('../../src/features/details/use-country-shapes', () => ({ useCountryShapes: () => null }));

afterEach(cleanup);

const dataset = newFieldsDataset();
const panel = (ref: EntityRef, month: string) => render(<DetailPanel dataset={dataset} resolved={resolveEntity(dataset, ref)!} month={month} onClose={() => undefined} />);
const tooltip = (ref: EntityRef, month: string) => render(<Tooltip dataset={dataset} hovered={{ ref, x: 10, y: 10 }} month={month} />);

describe('legend', () => {
  it('lists every status by name, "Status unknown" for unrecorded, the end unknown symbol and what status means', () => {
    render(<Legend dataset={dataset} maxVolume={216000} />);
    const crossings = screen.getByTestId('legend-crossings');
    const labels = within(crossings).getAllByRole('listitem').map((li) => li.textContent);
    expect(labels).toEqual(expect.arrayContaining([
      'Crossing: Open',
      'Crossing: Restricted (only some pass)',
      'Crossing: Closed for transit',
      'Crossing: Controls (internal border checks)',
      'Crossing: Fenced green border',
      'Crossing: Status unknown',
      'Faded, dashed ring: end unknown (last confirmed earlier)',
    ]));
    expect(crossings.textContent).not.toMatch(/No status recorded/);
    expect(screen.getByTestId('legend-status-meaning').textContent).toMatch(/^Crossing status is for people in transit: open \/ restricted/);
    expect(screen.getByTestId('legend-width').textContent).toMatch(/No width: route context\./);
    // Each status has its own symbol image.
    const images = within(crossings).getAllByRole('presentation', { hidden: true }).map((img) => img.getAttribute('src'));
    expect(new Set(images).size).toBe(images.length);
  });
});

describe('crossing tooltip and panel', () => {
  it('the tooltip gives the month’s status with "end unknown" and one line on how the place was located', () => {
    tooltip({ kind: 'crossing', id: 'idomeni' }, '2016-08');
    const tip = screen.getByTestId('tooltip');
    expect(tip.textContent).toContain('Status, August 2016: closed for transit since 9 Mar 2016 — end unknown (last confirmed 26 May 2016)');
    expect(tip.textContent).toContain('Location: Railway crossing point read off the source map');
    // Cut to a short line in the tooltip; whole in the panel.
    expect(tip.textContent).toContain('Location: Railway crossing point read off the source map; the camp lay about 50…');
  });

  it('the panel lists the status history, the current month’s entry marked, with notes and source titles', () => {
    panel({ kind: 'crossing', id: 'idomeni' }, '2016-08');
    const list = screen.getByTestId('status-history');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[2]!.getAttribute('aria-current')).toBe('true');
    expect(items[0]!.getAttribute('aria-current')).toBeNull();
    expect(items[2]!.textContent).toMatch(/^9 Mar 2016 – end unknown closed for transit \(last confirmed 26 May 2016\)this month/);
    expect(items[1]!.textContent).toContain('Only Syrians, Iraqis and Afghans let through');
    expect(items[1]!.textContent).toContain('MSF Obstacle course to Europe');
    expect(items[1]!.textContent).toContain('Confidence high.');
    expect(screen.getAllByTestId('detail-remark')[0]!.textContent).toMatch(/^Location: Railway crossing point/);
  });
});

describe('segment tooltip and panel', () => {
  it('a route context leg says why it has no figure', () => {
    tooltip({ kind: 'segment', id: 'E-1' }, '2015-10');
    expect(screen.getByTestId('tooltip').textContent).toContain('Route context: Frontex counts no border crossing on this leg (e.g. inside Greece after the sea crossing, inside Schengen); no figure is drawn.');
  });

  it("a corridor's own figure and an irregular crossing", () => {
    tooltip({ kind: 'segment', id: 'N-1' }, '2016-05');
    const tip = screen.getByTestId('tooltip').textContent;
    expect(tip).toContain("Idomeni network, monthly average, May 2016: 300 reported persons — the corridor's own figure, reported by Europol; not a Frontex route total");
    expect(tip).toContain('Crosses the border irregularly near Idomeni – Gevgelija');
    cleanup();
    panel({ kind: 'segment', id: 'N-1' }, '2016-05');
    expect(screen.getByTestId('detail-remark').textContent).toBe('Crosses the border irregularly near Idomeni – Gevgelija (closed for transit in these months).');
  });
});
