import { describe, expect, it } from 'vitest';
import { ScatterplotLayer } from '@deck.gl/layers';
import { layersEverShown } from '../../src/map/layers/build-layers';

const layer = (id: string, visible: boolean) => new ScatterplotLayer({ id, visible, data: [] });

describe('layersEverShown', () => {
  it('leaves out layers never shown, and keeps a shown layer (hidden by visible) from then on', () => {
    const shown = new Set<string>();
    expect(layersEverShown([layer('a', true), layer('b', false)], shown).map((l) => l.id)).toEqual(['a']);
    expect(layersEverShown([layer('a', true), layer('b', true)], shown).map((l) => l.id)).toEqual(['a', 'b']);
    const later = layersEverShown([layer('a', true), layer('b', false)], shown);
    expect(later.map((l) => [l.id, l.props.visible])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });
});
