import { IconLayer } from '@deck.gl/layers';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import type { SafeHouseRow } from '../../data/tables';
import { SAFE_HOUSE_COLOR } from '../../domain/palette';
import { ICON_ATLAS, ICON_MAPPING } from './icon-atlas';
import { MONTH_FILTER, monthFilterProps } from './month-filter';
import type { TimeWindow } from '../../domain/time-window';

export const SAFE_HOUSES_LAYER_ID = 'safeHouses';

/** Safe houses: a dashed, hollow house symbol, because every demo safe house is illustrative. */
export function buildSafeHousesLayer({ rows, timeWindow, visible }: { rows: SafeHouseRow[]; timeWindow: TimeWindow; visible: boolean }) {
  return new IconLayer<SafeHouseRow, DataFilterExtensionProps<SafeHouseRow>>({
    id: SAFE_HOUSES_LAYER_ID,
    visible,
    data: rows,
    iconAtlas: ICON_ATLAS,
    iconMapping: ICON_MAPPING,
    getIcon: () => 'safe-house',
    getPosition: (r) => r.coord,
    // Offset from the hub dot that stands for the same town.
    getPixelOffset: [14, -14],
    getSize: 20,
    sizeUnits: 'pixels',
    getColor: SAFE_HOUSE_COLOR,
    getFilterValue: (r) => [r.from, r.to],
    extensions: [MONTH_FILTER],
    ...monthFilterProps(timeWindow),
    pickable: true,
    autoHighlight: true,
  });
}
