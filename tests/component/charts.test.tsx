// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ComparisonView from '../../src/features/charts/ComparisonView';
import { monthFromChartEvent } from '../../src/features/charts/chart-config';
import { downloadText } from '../../src/features/download';
import { demoDataset } from '../fixtures/demo-fixture';

/** What the mocked chart components last received, and a stand-in Chart.js instance for refs. */
const charts = vi.hoisted(() => ({
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  last: null as any,
  instance: {
    toBase64Image: (..._args: unknown[]) => 'data:image/png;base64,iVBORw0KGgo=',
    config: { options: { plugins: {} as Record<string, { display?: boolean; text?: unknown } | undefined> } },
    update: (..._args: unknown[]) => undefined,
    data: { labels: [] as string[] },
  },
}));

// jsdom has no canvas: the charts render as divs exposing what they were given.
vi.mock('react-chartjs-2', async () => {
  const { useImperativeHandle } = await import('react');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const make = (type: string) => (props: any) => {
    charts.last = props;
    useImperativeHandle(props.ref, () => charts.instance);
    return (
      <div
        data-testid="chart"
        data-type={type}
        data-labels={JSON.stringify(props.data.datasets.map((d: { label: string }) => d.label))}
        data-cursor={props.options?.plugins?.monthCursor?.month ?? ''}
        data-plugins={JSON.stringify((props.plugins ?? []).map((p: { id: string }) => p.id))}
        role={props.role}
        aria-label={props['aria-label']}
      />
    );
  };
  return { Line: make('line'), Bar: make('bar') };
});
// downloadText is watched; the PNG goes through the real downloadUrl (its <a download> is spied on below).
vi.mock('../../src/features/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/features/download')>()),
  downloadText: vi.fn(),
}));

const dataset = demoDataset();

function renderView(month = '2015-10') {
  const onPickMonth = vi.fn();
  const onClose = vi.fn();
  const view = render(<ComparisonView dataset={dataset} month={month} onPickMonth={onPickMonth} onClose={onClose} />);
  return { ...view, onPickMonth, onClose };
}

const labels = () => JSON.parse(screen.getByTestId('chart').getAttribute('data-labels') ?? '[]') as string[];

beforeEach(() => {
  vi.mocked(downloadText).mockClear();
  charts.last = null;
  charts.instance.config.options = { plugins: {} };
});
afterEach(cleanup);

describe('comparison view', () => {
  it('is a labelled dialog offering the four charts, monthly detections by route first', () => {
    renderView();
    const dialog = screen.getByRole('dialog', { name: 'Balkan vs Mediterranean routes' });
    expect(dialog.getAttribute('data-testid')).toBe('comparison-view');
    const tabs = within(dialog).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Monthly detections by route', 'Share of all detections', 'Year on year', 'UNHCR arrivals']);
    expect(tabs[0]?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabs[0]);
    expect(screen.getByTestId('chart').getAttribute('data-type')).toBe('line');
    expect(labels()).toEqual(['Western Balkan Route', 'Eastern Mediterranean Route', 'Central Mediterranean Route', 'Western Mediterranean Route', 'All other routes']);
    expect(charts.last.data.datasets.map((d: { borderColor: string }) => d.borderColor)).toEqual(['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#999999']);
    expect(charts.last.options.animation).toBe(false);
  });

  it('puts the source line under the shown chart', () => {
    renderView();
    const source = screen.getByTestId('chart-source');
    expect(source.textContent).toBe('Source: Frontex, Monthly detections of illegal border-crossings (FRAN data as of 3 June 2025). Detections, not persons.');
    // Under the chart: it follows the chart in document order, and describes it.
    expect(screen.getByTestId('chart').compareDocumentPosition(source) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('switches to the UNHCR chart, with its own source line', () => {
    renderView();
    fireEvent.click(screen.getByRole('tab', { name: 'UNHCR arrivals' }));
    expect(screen.getByRole('tab', { name: 'UNHCR arrivals' }).getAttribute('aria-selected')).toBe('true');
    expect(labels()).toContain('Greece sea arrivals');
    expect(labels()).toContain('Italy total arrivals');
    expect(screen.getByTestId('chart-source').textContent).toMatch(/^Source: UNHCR Operational Data Portal.*\(CC BY 4\.0\).*stklem\/med_migration; to Nov 2019\.$/);
    expect(charts.last.data.labels[0]).toBe('2014-01');
  });

  it('draws the shares as a stacked 0–100 % area, and the years as bars with the change in the tooltip', () => {
    renderView();
    fireEvent.click(screen.getByRole('tab', { name: 'Share of all detections' }));
    expect(charts.last.options.scales.y).toMatchObject({ stacked: true, min: 0, max: 100 });
    expect(charts.last.data.datasets[0].fill).toBe('origin');
    expect(charts.last.data.datasets[1].fill).toBe('-1');
    fireEvent.click(screen.getByRole('tab', { name: 'Year on year' }));
    expect(screen.getByTestId('chart').getAttribute('data-type')).toBe('bar');
    const years: string[] = charts.last.data.labels;
    expect(years[years.length - 1]).toBe('2025 (Jan–Apr)');
    const label = charts.last.options.plugins.tooltip.callbacks.label;
    expect(label({ datasetIndex: 0, dataIndex: years.indexOf('2016') })).toMatch(/^Western Balkan Route: [\d,]+ \(−\d+\.\d % on 2015\)$/);
    expect(label({ datasetIndex: 0, dataIndex: years.indexOf('2015') })).toMatch(/^Western Balkan Route: 764,033 \(\+[\d,]+\.\d % on 2014\)$/);
    expect(label({ datasetIndex: 0, dataIndex: years.length - 1 })).toMatch(/partial year/);
  });

  it('downloads the shown chart as CSV through downloadText', () => {
    renderView();
    fireEvent.click(screen.getByRole('button', { name: /Download Monthly detections by route data as CSV/ }));
    expect(downloadText).toHaveBeenCalledTimes(1);
    const [fileName, text, mime] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(fileName).toBe('routeshift-chart-monthly-detections-by-route.csv');
    expect(mime).toMatch(/^text\/csv/);
    expect(text).toMatch(/^# RouteShift chart: Monthly detections by route/);
    expect(text).toMatch(/# Source: Frontex/);
    expect(text).toMatch(/\r\nmonth,Western Balkan Route,/);

    fireEvent.click(screen.getByRole('tab', { name: 'UNHCR arrivals' }));
    fireEvent.click(screen.getByTestId('chart-csv'));
    expect(vi.mocked(downloadText).mock.calls[1]?.[0]).toBe('routeshift-chart-unhcr-arrivals.csv');
    expect(vi.mocked(downloadText).mock.calls[1]?.[1]).toMatch(/# Licence: CC BY 4\.0/);
  });

  it('downloads a PNG from chart.toBase64Image through an <a download>, then restores the on-screen look', () => {
    renderView();
    // While the image is taken, the chart shows its title, legend and source line.
    let drawnWith: unknown[] = [];
    const toImage = vi.spyOn(charts.instance, 'toBase64Image').mockImplementation(() => {
      const p = charts.instance.config.options.plugins;
      drawnWith = [p.title?.text, p.subtitle?.text, p.legend?.display];
      return 'data:image/png;base64,iVBORw0KGgo=';
    });
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    fireEvent.click(screen.getByTestId('chart-png'));
    expect(toImage).toHaveBeenCalledWith('image/png', 1);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('routeshift-chart-monthly-detections-by-route.png');
    expect(clicked[0]?.href).toMatch(/^data:image\/png;base64,/);
    expect(drawnWith[0]).toMatch(/^Monthly detections by route · /);
    expect((drawnWith[1] as string[]).join(' ')).toMatch(/^Source: Frontex/);
    expect(drawnWith[2]).toBe(true);
    // …and afterwards the on-screen look is back.
    expect(charts.instance.config.options.plugins.title).toBeUndefined();
    click.mockRestore();
    toImage.mockRestore();
  });

  it('passes the current month to the chart cursor, and moves it with the month', () => {
    const { rerender, onPickMonth, onClose } = renderView('2015-10');
    expect(screen.getByTestId('chart').getAttribute('data-cursor')).toBe('2015-10');
    expect(JSON.parse(screen.getByTestId('chart').getAttribute('data-plugins') ?? '[]')).toContain('monthCursor');
    rerender(<ComparisonView dataset={dataset} month="2016-03" onPickMonth={onPickMonth} onClose={onClose} />);
    expect(screen.getByTestId('chart').getAttribute('data-cursor')).toBe('2016-03');
    expect(screen.getByText('March 2016')).toBeTruthy();
  });

  it('reads out the month in en-GB numbers; the legend buttons hide and show a series', () => {
    renderView('2015-10');
    const wb = screen.getByRole('button', { name: /^Western Balkan Route/ });
    expect(wb.textContent).toMatch(/\d{1,3},\d{3}/);
    expect(wb.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(wb);
    expect(wb.getAttribute('aria-pressed')).toBe('false');
    expect(charts.last.data.datasets[0].hidden).toBe(true);
  });

  it('clicking a month on a monthly chart picks that month', () => {
    const { onPickMonth } = renderView();
    const months: string[] = charts.last.data.labels;
    const fakeChart = {
      data: { labels: months },
      getElementsAtEventForMode: vi.fn(() => [{ index: months.indexOf('2015-09'), datasetIndex: 0, element: {} }]),
      scales: { x: { getValueForPixel: vi.fn(() => 0) } },
    };
    charts.last.options.onClick({ type: 'click', native: new MouseEvent('click'), x: 100, y: 50 }, [], fakeChart);
    expect(fakeChart.getElementsAtEventForMode).toHaveBeenCalledWith(expect.anything(), 'index', expect.objectContaining({ intersect: false }), false);
    expect(onPickMonth).toHaveBeenCalledWith('2015-09');
  });

  it('closes with the × button', () => {
    const { onClose } = renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Close comparison' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('monthFromChartEvent', () => {
  const months = ['2015-08', '2015-09', '2015-10'];
  it('takes the index of the nearest point, else the x scale value under the pointer', () => {
    const hit = { data: { labels: months }, getElementsAtEventForMode: () => [{ index: 2, datasetIndex: 0, element: {} }], scales: { x: { getValueForPixel: () => 0 } } };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(monthFromChartEvent(hit as any, { native: new MouseEvent('click'), x: 5 })).toBe('2015-10');
    const miss = { data: { labels: months }, getElementsAtEventForMode: () => [], scales: { x: { getValueForPixel: () => 0.6 } } };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(monthFromChartEvent(miss as any, { native: new MouseEvent('click'), x: 5 })).toBe('2015-09');
    const outside = { data: { labels: months }, getElementsAtEventForMode: () => [], scales: { x: { getValueForPixel: () => 7 } } };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(monthFromChartEvent(outside as any, { native: null, x: 500 })).toBeNull();
  });
});
