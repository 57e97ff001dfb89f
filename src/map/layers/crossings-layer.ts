import { IconLayer } from '@deck.gl/layers';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import type { CrossingRow } from '../../data/tables';
import { CROSSING_STATUS_COLORS } from '../../domain/palette';
import { ICON_ATLAS, ICON_MAPPING } from './icon-atlas';
import { MONTH_FILTER, monthFilterProps } from './month-filter';
import type { TimeWindow } from '../../domain/time-window';

export const CROSSINGS_LAYER_ID = 'crossings';

/** Border crossings: one row per status period, so the month's state is a GPU filter away. */
export function buildCrossingsLayer({ rows, timeWindow, visible }: { rows: CrossingRow[]; timeWindow: TimeWindow; visible: boolean }) {
  return new IconLayer<CrossingRow, DataFilterExtensionProps<CrossingRow>>({
    id: CROSSINGS_LAYER_ID,
    visible,
    data: rows,
    iconAtlas: ICON_ATLAS,
    iconMapping: ICON_MAPPING,
    getIcon: (r) => `crossing-${r.status}`,
    getPosition: (r) => r.coord,
    getSize: (r) => (r.status === 'unrecorded' ? 13 : 20),
    getColor: (r) => [...CROSSING_STATUS_COLORS[r.status]],
    sizeUnits: 'pixels',
    getFilterValue: (r) => [r.from, r.to],
    extensions: [MONTH_FILTER],
    ...monthFilterProps(timeWindow),
    pickable: true,
    autoHighlight: true,
  });
}
