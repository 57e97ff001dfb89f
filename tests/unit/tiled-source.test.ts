/** Tiled datasets' pure parts: which URLs may be read, a feature's month as a GPU filter value, the source/confidence test. */
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../src/domain/month';
import { monthOfProperty, NO_MONTH, parseTileUrl, tiledSourceName, tileFeaturePasses, tileFilterKey, tileFilterValue } from '../../src/domain/tiled-source';
import { windowFilterProps } from '../../src/domain/time-window';

const PAGE = 'https://maps.example.org/routeshift/index.html';

describe('parseTileUrl', () => {
  it('accepts a .pmtiles archive on the page origin, relative or absolute', () => {
    expect(parseTileUrl('tiles/incidents.pmtiles', PAGE)).toEqual({ ok: true, url: 'https://maps.example.org/routeshift/tiles/incidents.pmtiles', format: 'pmtiles' });
    expect(parseTileUrl(' /data/big.PMTILES ', PAGE)).toEqual({ ok: true, url: 'https://maps.example.org/data/big.PMTILES', format: 'pmtiles' });
  });

  it('accepts a z/x/y template and keeps its braces', () => {
    const parsed = parseTileUrl('tiles/{z}/{x}/{y}.pbf', PAGE);
    expect(parsed).toEqual({ ok: true, url: 'https://maps.example.org/routeshift/tiles/{z}/{x}/{y}.pbf', format: 'xyz' });
  });

  it('refuses every other origin, naming it', () => {
    expect(parseTileUrl('https://cdn.example.com/t.pmtiles', PAGE)).toEqual({ ok: false, problem: 'other-origin', origin: 'https://cdn.example.com' });
    // Same host, other scheme or port: another origin too.
    expect(parseTileUrl('http://maps.example.org/t.pmtiles', PAGE)).toMatchObject({ ok: false, problem: 'other-origin' });
    expect(parseTileUrl('https://maps.example.org:8443/t.pmtiles', PAGE)).toMatchObject({ ok: false, problem: 'other-origin' });
    expect(parseTileUrl('//evil.example.net/{z}/{x}/{y}.pbf', PAGE)).toMatchObject({ ok: false, problem: 'other-origin', origin: 'https://evil.example.net' });
    expect(parseTileUrl('data:application/octet-stream;base64,AAAA', PAGE)).toMatchObject({ ok: false, problem: 'other-origin', origin: 'data:' });
  });

  it('says what is wrong with an empty address or one that is not tiles', () => {
    expect(parseTileUrl('   ', PAGE)).toEqual({ ok: false, problem: 'empty' });
    expect(parseTileUrl('tiles/incidents.json', PAGE)).toEqual({ ok: false, problem: 'not-tiles' });
    expect(parseTileUrl('tiles/{z}/{y}.pbf', PAGE)).toEqual({ ok: false, problem: 'not-tiles' });
  });

  it('names a source by its file or last path part', () => {
    expect(tiledSourceName({ kind: 'file', fileName: 'log.pmtiles' })).toBe('log.pmtiles');
    expect(tiledSourceName({ kind: 'url', url: 'https://a.org/x/incidents.pmtiles', format: 'pmtiles' })).toBe('incidents.pmtiles');
    expect(tiledSourceName({ kind: 'url', url: 'https://a.org/x/phones/{z}/{x}/{y}.pbf', format: 'xyz' })).toBe('phones');
  });
});

describe('month property → filter value', () => {
  it('reads YYYY-MM, an ISO date and a month index in range; anything else is never drawn', () => {
    expect(monthOfProperty('2015-09')).toBe(monthIndex('2015-09'));
    expect(monthOfProperty('2016-03-20T10:00:00Z')).toBe(monthIndex('2016-03'));
    expect(monthOfProperty(monthIndex('2020-01'))).toBe(monthIndex('2020-01'));
    for (const bad of [undefined, null, '', '2015-13', 'Sep 2015', 201509, 3.5, -2]) expect(monthOfProperty(bad)).toBe(NO_MONTH);
  });

  it('gives [m, m], which the window filter of its month keeps and of the next month drops', () => {
    const value = tileFilterValue({ month: '2015-09' });
    expect(value).toEqual([monthIndex('2015-09'), monthIndex('2015-09')]);
    const passes = (month: string, v: [number, number]) => {
      const [[lo0, hi0], [lo1, hi1]] = windowFilterProps({ mode: 'month', start: month, month, trail: false }).filterRange;
      return v[0] >= lo0 && v[0] <= hi0 && v[1] >= lo1 && v[1] <= hi1;
    };
    expect(passes('2015-09', value)).toBe(true);
    expect(passes('2015-10', value)).toBe(false);
    expect(passes('2015-08', value)).toBe(false);
    expect(passes('2015-09', tileFilterValue({}))).toBe(false);
  });
});

describe('source and confidence filters on tile features', () => {
  it('passes what the filters name, and everything when none is set', () => {
    const feature = { source: 'UNHCR', confidence: 'high' };
    expect(tileFeaturePasses(feature, {})).toBe(true);
    expect(tileFeaturePasses(feature, { sources: ['UNHCR'] })).toBe(true);
    expect(tileFeaturePasses(feature, { sources: ['IOM-MMP'] })).toBe(false);
    expect(tileFeaturePasses(feature, { confidence: ['low', 'medium'] })).toBe(false);
    expect(tileFeaturePasses({ source: 'UNHCR' }, { confidence: ['high'] })).toBe(false);
    // Filters tiles do not carry do not hide them.
    expect(tileFeaturePasses(feature, { corridors: ['WB'], countries: ['RS'] })).toBe(true);
  });

  it('keys only the filters that apply to tiles', () => {
    expect(tileFilterKey({ corridors: ['WB'] })).toBe(tileFilterKey({}));
    expect(tileFilterKey({ sources: ['A'] })).not.toBe(tileFilterKey({}));
  });
});
