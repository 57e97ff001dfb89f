import { describe, expect, it } from 'vitest';
import { buildCrossingTable } from '../../src/data/tables/point-rows';
import { CROSSING_STATUS_ORDER, crossingIconName } from '../../src/domain/crossing-status';
import { CROSSING_STATUS_COLORS } from '../../src/domain/palette';
import { buildCrossingsLayer } from '../../src/map/layers/crossings-layer';
import { CANDIDATE_ICON, END_UNKNOWN_OPACITY, ICON_ATLAS, ICON_MAPPING, ICON_NAMES, iconDataUrl } from '../../src/map/layers/icon-atlas';
import { buildCandidatesLayer } from '../../src/map/layers/candidates-layer';
import { newFieldsDataset } from '../fixtures/new-fields-dataset';

const svgOf = (url: string) => decodeURIComponent(url.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));

describe('crossing symbols', () => {
  it('has a symbol for every status and an "end unknown" variant for every known one, each drawn differently', () => {
    for (const status of CROSSING_STATUS_ORDER) {
      expect(ICON_MAPPING[crossingIconName(status)]).toMatchObject({ width: 64, height: 64 });
      expect(ICON_MAPPING[crossingIconName(status, true)]).toBeDefined();
    }
    const drawings = ICON_NAMES.map((name) => svgOf(iconDataUrl(name, '#123456')).replace(/id="[^"]*"|url\(#[^)]*\)/g, ''));
    expect(new Set(drawings).size).toBe(ICON_NAMES.length);
    expect(ICON_NAMES).toContain('crossing-restricted');
    expect(ICON_NAMES).toContain('crossing-closed-end-unknown');
    expect(ICON_NAMES).not.toContain('crossing-unrecorded-end-unknown');
  });

  it('draws crossing symbols in their status colour on a white halo, so a route of the same colour cannot swallow them', () => {
    const atlas = svgOf(ICON_ATLAS);
    for (const status of CROSSING_STATUS_ORDER) {
      const name = crossingIconName(status);
      // Not a mask: the layer does not tint it, the atlas carries the colour.
      expect(ICON_MAPPING[name]?.mask, name).toBe(false);
      expect(ICON_MAPPING[crossingIconName(status, true)]?.mask).toBe(false);
      const [r, g, b] = CROSSING_STATUS_COLORS[status];
      expect(atlas).toContain(`rgb(${r},${g},${b})`);
      // The halo comes first (under the symbol) and covers its middle, so the middle can be hovered.
      expect(svgOf(iconDataUrl(name, '#000')), name).toMatch(/^<svg[^>]*><(circle cx="32" cy="32"|rect|path d="M32 0)[^>]*fill="#fff"/);
    }
    // The cross of "closed" and the bars of "fenced" are holes in the body: the white halo shows through.
    expect(atlas).toMatch(/<mask id="m-closed"[^]*?stroke="black"[^]*?<\/mask><g mask="url\(#m-closed\)">/);
    expect(atlas).toMatch(/<mask id="m-fenced"/);
    const ids = [...atlas.matchAll(/<mask id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the safe house and the candidate crossing as masks, tinted by their layers, without white paint', () => {
    for (const name of ['safe-house', CANDIDATE_ICON]) {
      expect(ICON_MAPPING[name]?.mask).toBe(true);
      expect(svgOf(iconDataUrl(name, '#000'))).not.toMatch(/#fff/);
    }
    expect(buildCandidatesLayer({ candidates: [], visible: true }).props.getIcon).toBeTypeOf('function');
    const getIcon = buildCandidatesLayer({ candidates: [], visible: true }).props.getIcon as () => string;
    expect(getIcon()).toBe(CANDIDATE_ICON);
  });

  it('fades the status shape of an "end unknown" symbol to about 40 % inside a dashed ring', () => {
    expect(END_UNKNOWN_OPACITY).toBeGreaterThanOrEqual(0.3);
    expect(END_UNKNOWN_OPACITY).toBeLessThanOrEqual(0.5);
    const confirmed = svgOf(iconDataUrl('crossing-closed', '#d55e00'));
    const unknown = svgOf(iconDataUrl('crossing-closed-end-unknown', '#d55e00'));
    expect(confirmed).not.toMatch(/ opacity=/);
    expect(unknown).toMatch(new RegExp(`<g opacity="${END_UNKNOWN_OPACITY}"[^>]*scale`));
    expect(unknown).toMatch(/<circle[^>]*stroke-dasharray/);
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
