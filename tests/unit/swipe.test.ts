import { describe, expect, it } from 'vitest';
import { ClipExtension } from '@deck.gl/extensions';
import { buildMapTables } from '../../src/data/tables';
import { monthIndex } from '../../src/domain/month';
import type { TimeWindow } from '../../src/domain/time-window';
import { buildLayers } from '../../src/map/layers/build-layers';
import { leftWindow } from '../../src/map/layers/swipe';
import { monthFilterProps } from '../../src/map/layers/month-filter';
import { DEFAULT_LAYERS } from '../../src/domain/layers';
import { demoDataset } from '../fixtures/demo-fixture';

const tables = buildMapTables(demoDataset());
const right: TimeWindow = { mode: 'range', start: '2015-09', month: '2015-11', trail: false };

describe('two periods side by side', () => {
  it('gives the left side a window of the same width ending at its month', () => {
    expect(leftWindow(right, '2014-11')).toEqual({ mode: 'range', start: '2014-09', month: '2014-11', trail: false });
  });
  it('draws the same segment data twice, each filtered to its period and clipped to its side', () => {
    const layers = buildLayers({ tables, timeWindow: right, layers: DEFAULT_LAYERS, selected: null, labels: [], zoom: 5, theme: 'light', swipe: { leftMonth: '2015-08', splitLon: 18 } });
    const left = layers.find((l) => l.id === 'left-segments')!;
    const main = layers.find((l) => l.id === 'segments')!;
    expect(left.props.data).toBe(main.props.data);
    expect((left.props as { clipBounds?: number[] }).clipBounds).toEqual([-180, -90, 18, 90]);
    expect((main.props as { clipBounds?: number[] }).clipBounds).toEqual([18, -90, 180, 90]);
    expect(left.props.extensions.some((e: unknown) => e instanceof ClipExtension)).toBe(true);
    expect((left.props as { filterRange?: unknown }).filterRange).toEqual(monthFilterProps(leftWindow(right, '2015-08')).filterRange);
    expect((main.props as { filterRange?: number[][] }).filterRange?.[0]?.[1]).toBe(monthIndex('2015-11'));
  });
});
