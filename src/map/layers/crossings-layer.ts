import { IconLayer } from '@deck.gl/layers';
import type { CrossingTable } from '../../data/tables';
import { crossingIconAt, crossingStatusAt } from '../../data/tables/point-rows';
import { CROSSING_STATUS_COLORS } from '../../domain/palette';
import { memoBinaryData } from './binary-data';
import { ICON_ATLAS, ICON_MAPPING } from './icon-atlas';
import { classFilter, followsWindow, MONTH_FILTER, monthFilterProps, withClassData } from './month-filter';
import type { TimeWindow } from '../../domain/time-window';
import { CROSSINGS_LAYER_ID } from './layer-ids';

export { CROSSINGS_LAYER_ID };

const crossingData = memoBinaryData((table: CrossingTable) => {
  const colors = new Uint8Array(table.length * 4);
  const sizes = new Float32Array(table.length);
  for (let row = 0; row < table.length; row++) {
    const status = crossingStatusAt(table, row);
    // The symbols carry their colours (icon-atlas); the row colour is what picking and a mask fallback see.
    // End unknown: the faded symbol in a dashed ring, never like a confirmed status.
    const unconfirmed = table.endUnknown[row] === 1;
    colors.set(CROSSING_STATUS_COLORS[status], row * 4);
    sizes[row] = status === 'unrecorded' ? 13 : unconfirmed ? 22 : 20;
  }
  return {
    length: table.length,
    attributes: {
      getPosition: { value: table.positions, size: 2 },
      getColor: { value: colors, size: 4, normalized: true },
      getSize: { value: sizes, size: 1 },
      getFilterValue: { value: table.filterValues, size: 2 },
    },
  };
});

/** Border crossings: one row per status period, so the month's state is a GPU filter away. */
export function buildCrossingsLayer({ table, timeWindow, visible, allowed }: { table: CrossingTable; timeWindow: TimeWindow; visible: boolean; allowed?: Uint8Array }) {
  const { categories, filterCategories } = classFilter(table.filter, allowed);
  return followsWindow(new IconLayer({
    id: CROSSINGS_LAYER_ID,
    visible,
    data: withClassData(crossingData(table), categories),
    filterCategories,
    iconAtlas: ICON_ATLAS,
    iconMapping: ICON_MAPPING,
    // Binary data: accessors get the row index, not an object.
    getIcon: (_: unknown, { index }: { index: number }) => crossingIconAt(table, index),
    sizeUnits: 'pixels',
    extensions: [MONTH_FILTER],
    ...monthFilterProps(timeWindow),
    updateTriggers: { getIcon: table },
    pickable: true,
    autoHighlight: true,
  }));
}
