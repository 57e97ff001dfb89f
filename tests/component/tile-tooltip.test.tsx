// @vitest-environment jsdom
/** The hover tooltip of a tiled feature: shown while one is under the pointer, with its month, source and confidence. */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TileHoverTooltip } from '../../src/features/tiles/TileHoverTooltip';
import { useAppStore } from '../../src/state/store';
import type { PickedTileFeature } from '../../src/state/slices/tiles-slice';

afterEach(cleanup);
beforeEach(() => {
  useAppStore.getState().selectTileFeature(null);
  useAppStore.getState().hoverTileFeature(null);
});

const feature: PickedTileFeature = {
  datasetId: 'tiles-1',
  geometryType: 'Point',
  properties: { id: 'P-17', month: '2015-10', source: 'UNHCR', confidence: 'high', kind: 'incident' },
};

describe('tiled feature tooltip', () => {
  it('shows the hovered feature with its month, source and confidence, and goes when the pointer leaves', async () => {
    render(<TileHoverTooltip />);
    expect(screen.queryByTestId('tile-tooltip')).toBeNull();
    act(() => useAppStore.getState().hoverTileFeature({ feature, x: 40, y: 60 }));
    const tooltip = await screen.findByTestId('tile-tooltip');
    expect(tooltip.textContent).toContain('P-17');
    expect(tooltip.textContent).toContain('October 2015 (2015-10)');
    expect(tooltip.textContent).toContain('UNHCR');
    expect(tooltip.textContent).toContain('high');
    expect(tooltip.style.left).toBe('54px');
    act(() => useAppStore.getState().hoverTileFeature(null));
    expect(screen.queryByTestId('tile-tooltip')).toBeNull();
  });

  it('is not shown over the feature whose details are open', async () => {
    render(<TileHoverTooltip />);
    act(() => {
      useAppStore.getState().selectTileFeature(feature);
      useAppStore.getState().hoverTileFeature({ feature: { ...feature, properties: { ...feature.properties } }, x: 1, y: 1 });
    });
    expect(screen.queryByTestId('tile-tooltip')).toBeNull();
    act(() => useAppStore.getState().hoverTileFeature({ feature: { ...feature, properties: { ...feature.properties, id: 'P-18' } }, x: 1, y: 1 }));
    expect((await screen.findByTestId('tile-tooltip')).textContent).toContain('P-18');
  });
});
