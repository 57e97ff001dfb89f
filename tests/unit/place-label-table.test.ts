import { describe, expect, it } from 'vitest';
import { dataPlaceLabels } from '../../src/data/tables/place-label-table';
import { labelsForZoom } from '../../src/map/layers/place-labels';
import type { Hub } from '../../src/domain/types';

const hub = (id: string, coord: [number, number], kind: Hub['kind'] = 'hub'): Hub => ({
  id, name: id.split('/')[1] ?? id, kind, countries: [], coord, coordStatus: 'confirmed', sources: [], confidence: 'high',
});

describe('labels of the data’s own places', () => {
  it('label imported places only; demo places are named by the basemap', () => {
    expect(dataPlaceLabels([hub('demo-hub', [20, 44]), hub('ds-1/Bihac', [15.87, 44.81])]).map((l) => l.name)).toEqual(['Bihac']);
  });

  it('thin by zoom and priority: of two places in one spot the more important shows first', () => {
    const labels = dataPlaceLabels([hub('ds-1/Camp', [19.0, 45.0], 'camp'), hub('ds-1/Town', [19.01, 45.01], 'hub'), hub('ds-1/Far', [25, 40], 'camp')]);
    const zoomOf = (name: string) => labels.find((l) => l.name === name)?.minZoom ?? Number.NaN;
    expect(zoomOf('Town')).toBe(3);
    expect(zoomOf('Far')).toBe(3);
    expect(zoomOf('Camp')).toBeGreaterThan(zoomOf('Town'));
    expect(labelsForZoom(labels, 4).map((l) => l.name).sort()).toEqual(['Far', 'Town']);
  });

  it('show every label of a dense set by the closest zoom, and fewer the further out', () => {
    const dense = Array.from({ length: 2000 }, (_, i) => hub(`ds-1/P${i}`, [18 + (i % 50) * 0.05, 43 + Math.floor(i / 50) * 0.05]));
    const labels = dataPlaceLabels(dense);
    const counts = [4, 6, 8, 10, 13].map((z) => labelsForZoom(labels, z).length);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]!);
    expect(counts[0]).toBeLessThan(100);
    expect(counts.at(-1)).toBe(2000);
  });
});
