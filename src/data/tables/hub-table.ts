/**
 * Hubs (and imported points of that kind) as columnar typed arrays for deck.gl binary attributes:
 * a million imported points cost a few typed arrays, not a million row objects.
 */
import type { Hub } from '../../domain/types';
import { HUB_COLOR } from '../../domain/palette';
import { FilterClassIndex, placeProfile, type FilterClasses } from '../../domain/filter-classes';

export interface HubTable {
  length: number;
  positions: Float32Array;
  radii: Float32Array;
  fillColors: Uint8Array;
  lineColors: Uint8Array;
  filter: FilterClasses;
  hubs: Hub[];
}

const HOLLOW_FILL = [255, 255, 255, 230];
const WHITE = [255, 255, 255, 255];

export function buildHubTable(hubs: Hub[]): HubTable {
  const length = hubs.length;
  const positions = new Float32Array(length * 2);
  const radii = new Float32Array(length);
  const fillColors = new Uint8Array(length * 4);
  const lineColors = new Uint8Array(length * 4);
  const index = new FilterClassIndex();
  const classes = new Uint32Array(length);
  for (let i = 0; i < length; i++) {
    const hub = hubs[i] as Hub;
    classes[i] = index.classOf(placeProfile(hub));
    positions[i * 2] = hub.coord[0];
    positions[i * 2 + 1] = hub.coord[1];
    radii[i] = hub.kind === 'hub' ? 4 : 3.5;
    // Places without an exact location are drawn hollow.
    const exact = hub.coordStatus === 'confirmed';
    fillColors.set(exact ? HUB_COLOR : HOLLOW_FILL, i * 4);
    lineColors.set(exact ? WHITE : HUB_COLOR, i * 4);
  }
  return { length, positions, radii, fillColors, lineColors, filter: { classes, profiles: index.profiles }, hubs };
}
