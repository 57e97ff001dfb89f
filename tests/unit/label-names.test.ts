/**
 * Map labels in the chosen language: which name a label shows, where it comes from, and that the
 * font atlas holds every character of every label in every language.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../src/domain/i18n';
import { gazetteerLanguage, labelName, regionName } from '../../src/domain/label-names';
import type { PlaceLabel } from '../../src/domain/place-label';
import { withPlaceNames } from '../../src/data/build/basemap/place-names';
import { buildPlaceLabelLayer, labelCharacterSet, labelText, LABEL_SCRIPT_RANGES } from '../../src/map/layers/place-labels';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const labels = JSON.parse(readFileSync(join(root, 'public/basemap/labels.json'), 'utf8')) as PlaceLabel[];
const find = (name: string) => labels.find((l) => l.name === name)!;

const place = (over: Partial<PlaceLabel> = {}): PlaceLabel => ({ name: 'Belgrade', lon: 20.466, lat: 44.82, minZoom: 3, kind: 'capital', ...over });
const point = (lon: number, lat: number, properties: Record<string, string | null>): FeatureCollection['features'][number] => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [lon, lat] },
});
const fc = (...features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });

describe('place names from the gazetteer (build)', () => {
  it('takes the names of the same place (same name, near) and keeps only those that differ', () => {
    const [out] = withPlaceNames([place()], [fc(point(20.47, 44.82, { NAME: 'Belgrade', NAME_DE: 'Belgrad', NAME_EL: 'Βελιγράδι', NAME_IT: 'Belgrade' }))]);
    expect(out!.names).toEqual({ de: 'Belgrad', el: 'Βελιγράδι' });
  });

  it('ignores a feature of the same name far away and one nearby with another name', () => {
    const far = point(-89.5, 40.5, { NAME: 'Belgrade', NAME_DE: 'Belgrad (USA)' });
    const other = point(20.47, 44.82, { NAME: 'Zemun', NAME_DE: 'Semlin' });
    const [out] = withPlaceNames([place()], [fc(far, other)]);
    expect(out!.names).toBeUndefined();
  });

  it('prefers the first gazetteer and fills a language it lacks from the next', () => {
    const newer = fc(point(20.47, 44.82, { NAME: 'Belgrade', NAME_EL: 'Βελιγράδι', NAME_DE: 'Belgrad' }));
    const older = fc(point(20.466, 44.818, { NAMEASCII: 'Belgrade', NAME_DE: 'Belgrad (alt)', NAME_IT: 'Belgrado' }));
    const [out] = withPlaceNames([place()], [newer, older]);
    expect(out!.names).toEqual({ de: 'Belgrad', el: 'Βελιγράδι', it: 'Belgrado' });
  });

  it('gives countries no place names', () => {
    const country = place({ name: 'Serbia', kind: 'country', iso2: 'RS' });
    const [out] = withPlaceNames([country], [fc(point(20.466, 44.82, { NAME: 'Serbia', NAME_DE: 'Serbien' }))]);
    expect(out).toBe(country);
  });

  it('built labels carry real gazetteer names (Natural Earth) and countries their ISO code', () => {
    expect(find('Belgrade').names).toEqual({ de: 'Belgrad', el: 'Βελιγράδι', it: 'Belgrado' });
    expect(find('Thessaloniki').names?.el).toBe('Θεσσαλονίκη');
    expect(find('Serbia').iso2).toBe('RS');
    expect(labels.filter((l) => l.kind === 'country').every((l) => typeof l.iso2 === 'string' && /^[A-Z]{2}$/.test(l.iso2))).toBe(true);
  });
});

describe('the name a label shows', () => {
  it('is the gazetteer name in a language that has one', () => {
    const belgrade = place({ names: { de: 'Belgrad', el: 'Βελιγράδι' } });
    expect(labelName(belgrade, 'de')).toBe('Belgrad');
    expect(labelName(belgrade, 'el')).toBe('Βελιγράδι');
  });

  it('is the place’s own name in a language without one (never transliterated)', () => {
    const belgrade = place({ names: { de: 'Belgrad' } });
    for (const locale of ['it', 'sr-Cyrl', 'sr-Latn', 'mk', 'sl', 'en']) expect(labelName(belgrade, locale), locale).toBe('Belgrade');
    expect(gazetteerLanguage('sr-Cyrl')).toBeNull();
    expect(gazetteerLanguage('de')).toBe('de');
  });

  it('is the browser’s region name for a country, and the data’s name in English', () => {
    const serbia = place({ name: 'Serbia', kind: 'country', iso2: 'RS' });
    expect(labelName(serbia, 'en')).toBe('Serbia');
    for (const locale of ['de', 'el', 'sr-Cyrl', 'sl']) {
      const expected = new Intl.DisplayNames([locale], { type: 'region' }).of('RS');
      expect(labelName(serbia, locale), locale).toBe(expected);
    }
    expect(labelName(serbia, 'sr-Cyrl')).toBe('Србија');
    expect(labelName(serbia, 'de')).toBe('Serbien');
  });

  it('keeps the data’s country name when the browser has none', () => {
    const nowhere = place({ name: 'Nowhere', kind: 'country', iso2: 'QQ' });
    expect(regionName('de', 'QQ')).toBeNull();
    expect(labelName(nowhere, 'de')).toBe('Nowhere');
    expect(labelName(place({ name: 'No code', kind: 'country' }), 'el')).toBe('No code');
  });

  it('uppercases country names by the language’s rules (Greek without accents)', () => {
    const greece = place({ name: 'Greece', kind: 'country', iso2: 'GR' });
    expect(labelText(greece, 'el')).toBe(Array.from('ΕΛΛΑΔΑ').join('\u200a'));
    expect(labelText(greece, 'en')).toBe(Array.from('GREECE').join('\u200a'));
  });
});

describe('the label font atlas', () => {
  const charSet = new Set(labelCharacterSet(labels));

  it('holds every character of every label in every interface language', () => {
    const missing = new Set<string>();
    for (const l of labels) for (const locale of LOCALE_CODES) for (const ch of labelText(l, locale)) if (!charSet.has(ch)) missing.add(ch);
    expect([...missing]).toEqual([]);
  });

  it('holds Latin with the region’s diacritics, Greek and Cyrillic', () => {
    for (const ch of 'čćšžđČĆŠŽĐëËçÇőűăîâșțȘȚ' + 'αβγΩΆΈΉΊΌΎΏάέήίόύώ' + 'АБВЖЯабвжяЂЈЉЊЋЏђјљњћџЃЌЅѓќѕ') expect(charSet.has(ch), ch).toBe(true);
    expect(LABEL_SCRIPT_RANGES.length).toBeGreaterThan(0);
  });

  it('is handed to the layer, which re-labels on a language change with the same id, data and atlas', () => {
    const en = buildPlaceLabelLayer(labels, { zoom: 7, theme: 'light', visible: true, language: 'en' });
    const el = buildPlaceLabelLayer(labels, { zoom: 7, theme: 'light', visible: true, language: 'el' });
    expect(el.id).toBe(en.id);
    expect(el.props.data).toBe(en.props.data);
    expect(el.props.characterSet).toBe(en.props.characterSet);
    expect(el.props.characterSet).toBe(labelCharacterSet(labels));
    expect(en.props.updateTriggers.getText).toBe('en');
    expect(el.props.updateTriggers.getText).toBe('el');
    const getText = el.props.getText as (l: PlaceLabel) => string;
    expect(getText(find('Belgrade'))).toBe('Βελιγράδι');
  });
});
