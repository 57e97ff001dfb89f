import { IconLayer } from '@deck.gl/layers';
import type { SafeHouseTable } from '../../data/tables';
import { SAFE_HOUSE_COLOR } from '../../domain/palette';
import { memoBinaryData } from './binary-data';
import { ICON_ATLAS, ICON_MAPPING } from './icon-atlas';
import { classFilter, followsWindow, MONTH_FILTER, monthFilterProps, withClassData } from './month-filter';
import type { TimeWindow } from '../../domain/time-window';
import { SAFE_HOUSES_LAYER_ID } from './layer-ids';

export { SAFE_HOUSES_LAYER_ID };

const safeHouseData = memoBinaryData((table: SafeHouseTable) => ({
  length: table.length,
  attributes: {
    getPosition: { value: table.positions, size: 2 },
    getFilterValue: { value: table.filterValues, size: 2 },
  },
}));

/** Safe houses: a dashed, hollow house symbol, because every demo safe house is illustrative. */
export function buildSafeHousesLayer({ table, timeWindow, visible, allowed }: { table: SafeHouseTable; timeWindow: TimeWindow; visible: boolean; allowed?: Uint8Array }) {
  const { categories, filterCategories } = classFilter(table.filter, allowed);
  return followsWindow(new IconLayer({
    id: SAFE_HOUSES_LAYER_ID,
    visible,
    data: withClassData(safeHouseData(table), categories),
    filterCategories,
    iconAtlas: ICON_ATLAS,
    iconMapping: ICON_MAPPING,
    getIcon: () => 'safe-house',
    // Offset from the hub dot that stands for the same town.
    getPixelOffset: [14, -14],
    getSize: 20,
    sizeUnits: 'pixels',
    getColor: SAFE_HOUSE_COLOR,
    extensions: [MONTH_FILTER],
    ...monthFilterProps(timeWindow),
    pickable: true,
    autoHighlight: true,
  }));
}
