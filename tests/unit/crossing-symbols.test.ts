import { describe, expect, it } from 'vitest';
import { buildCrossingTable } from '../../src/data/tables/point-rows';
import { CROSSING_STATUS_ORDER, crossingIconName } from '../../src/domain/crossing-status';
import { CROSSING_STATUS_COLORS } from '../../src/domain/palette';
import { buildCrossingsLayer } from '../../src/map/layers/crossings-layer';
import { END_UNKNOWN_OPACITY, HIT_AREA_OPACITY, ICON_ALPHA_CUTOFF, ICON_ATLAS, ICON_MAPPING, ICON_NAMES, iconDataUrl } from '../../src/map/layers/icon-atlas';
import { newFieldsDataset } from '../fixtures/new-fields-dataset';

const svgOf = (url: string) => decodeURIComponent(url.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));

describe('crossing symbols', () => {
  it('has a symbol for every status and an "end unknown" variant for every known one, each drawn differently', () => {
    for (const status of CROSSING_STATUS_ORDER) {
      expect(ICON_MAPPING[crossingIconName(status)]).toMatchObject({ mask: true, width: 64, height: 64 });
      expect(ICON_MAPPING[crossingIconName(status, true)]).toBeDefined();
    }
    const drawings = ICON_NAMES.map((name) => svgOf(iconDataUrl(name, '#123456')).replace(/id="[^"]*"|url\(#[^)]*\)/g, ''));
    expect(new Set(drawings).size).toBe(ICON_NAMES.length);
    expect(ICON_NAMES).toContain('crossing-restricted');
    expect(ICON_NAMES).toContain('crossing-closed-end-unknown');
    expect(ICON_NAMES).not.toContain('crossing-unrecorded-end-unknown');
  });

  it('cuts marks out of a symbol instead of painting them white (a mask icon keeps only alpha)', () => {
    const atlas = svgOf(ICON_ATLAS);
    expect(atlas).not.toMatch(/(stroke|fill)="#fff(fff)?"/i);
    // The cross of "closed" and the bars of "fenced" are holes in a mask.
    expect(atlas).toMatch(/<mask id="m-closed"[^]*?stroke="black"[^]*?<\/mask><g mask="url\(#m-closed\)">/);
    expect(atlas).toMatch(/<mask id="m-fenced"/);
    const ids = [...atlas.matchAll(/<mask id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('fades the status shape of an "end unknown" symbol to about 40 % inside a dashed ring', () => {
    expect(END_UNKNOWN_OPACITY).toBeGreaterThanOrEqual(0.3);
    expect(END_UNKNOWN_OPACITY).toBeLessThanOrEqual(0.5);
    const confirmed = svgOf(iconDataUrl('crossing-closed', '#d55e00'));
    const unknown = svgOf(iconDataUrl('crossing-closed-end-unknown', '#d55e00'));
    expect(confirmed).not.toMatch(/<g opacity=/);
    expect(unknown).toMatch(new RegExp(`<g opacity="${END_UNKNOWN_OPACITY}"[^>]*scale`));
    expect(unknown).toMatch(/<circle[^>]*stroke-dasharray/);
  });

  it('can be hovered in the middle: every crossing symbol lies on a faint disc above the layer’s alpha cutoff', () => {
    expect(HIT_AREA_OPACITY).toBeGreaterThan(ICON_ALPHA_CUTOFF * 2);
    expect(HIT_AREA_OPACITY).toBeLessThan(0.1);
    for (const name of ICON_NAMES.filter((n) => n.startsWith('crossing-'))) {
      expect(svgOf(iconDataUrl(name, '#000')), name).toMatch(new RegExp(`^<svg[^>]*><circle cx="32" cy="32" r="\\d+" fill="#000" fill-opacity="${HIT_AREA_OPACITY}"/>`));
    }
    const table = buildCrossingTable(newFieldsDataset().crossings);
    const layer = buildCrossingsLayer({ table, timeWindow: { mode: 'month', start: '2016-08', month: '2016-08', trail: false }, visible: true });
    expect(layer.props.alphaCutoff).toBe(ICON_ALPHA_CUTOFF);
  });

  it('draws "end unknown" rows with their own symbol, confirmed rows with the status symbol', () => {
    const table = buildCrossingTable(newFieldsDataset().crossings);
    const layer = buildCrossingsLayer({ table, timeWindow: { mode: 'month', start: '2016-08', month: '2016-08', trail: false }, visible: true });
    const data = layer.props.data as unknown as { attributes: { getColor: { value: Uint8Array } } };
    const colors = data.attributes.getColor.value;
    const alphaOf = (row: number) => colors[row * 4 + 3];
    const getIcon = layer.props.getIcon as (d: unknown, info: { index: number }) => string;
    // Rows: open, restricted, closed, closed (end unknown), unrecorded.
    expect([...colors.slice(4, 7)]).toEqual(CROSSING_STATUS_COLORS.restricted.slice(0, 3));
    expect(alphaOf(2)).toBe(255);
    expect(alphaOf(3)).toBe(255);
    expect(getIcon(null, { index: 2 })).toBe('crossing-closed');
    expect(getIcon(null, { index: 3 })).toBe('crossing-closed-end-unknown');
    expect(getIcon(null, { index: 1 })).toBe('crossing-restricted');
  });
});
