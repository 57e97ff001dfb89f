import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { ChangeClass, CrossingChangeClass } from '../../domain/change';
import type { ChangeRow, CrossingChangeRow } from './change-rows';
import type { RGBA } from '../../domain/palette';
import { CHANGE_LAYER_ID, CROSSING_CHANGE_LAYER_ID } from './layer-ids';

export { CHANGE_LAYER_ID, CROSSING_CHANGE_LAYER_ID };
export { changeRows, crossingChangeRows, type ChangeRow, type CrossingChangeRow } from './change-rows';

const DASH = new PathStyleExtension({ dash: true });

/** Change classes: distinct hue and, for vanished, a dashed line — never colour alone. */
/** Its words are the compare panel's (screenText.changeClass). */
export const CHANGE_STYLE: Record<ChangeClass, { color: RGBA; width: number; dashed: boolean }> = {
  new: { color: [0, 158, 115, 255], width: 7, dashed: false },
  vanished: { color: [213, 94, 0, 255], width: 4, dashed: true },
  grown: { color: [0, 114, 178, 255], width: 7, dashed: false },
  shrunk: { color: [230, 159, 0, 255], width: 3, dashed: false },
  unchanged: { color: [150, 150, 150, 200], width: 2, dashed: false },
};

export function buildChangeLayer({ rows, visible }: { rows: ChangeRow[]; visible: boolean }) {
  return new PathLayer<ChangeRow, PathStyleExtensionProps<ChangeRow>>({
    id: CHANGE_LAYER_ID,
    visible,
    data: rows,
    getPath: (r) => r.path,
    getColor: (r) => CHANGE_STYLE[r.change].color,
    getWidth: (r) => CHANGE_STYLE[r.change].width,
    getDashArray: (r) => (CHANGE_STYLE[r.change].dashed ? [4, 3] : [0, 0]),
    widthUnits: 'pixels',
    capRounded: true,
    jointRounded: true,
    dashJustified: true,
    extensions: [DASH],
    pickable: true,
    autoHighlight: true,
  });
}

/** Crossings whose state changed: a ring in the colour of the change, under the crossing symbol. */
/** The compare panel says the change in words (stateText): only the colour here. */
export const CROSSING_CHANGE_STYLE: Record<Exclude<CrossingChangeClass, 'unchanged'>, { color: RGBA }> = {
  opened: { color: [0, 158, 115, 255] },
  restricted: { color: [0, 114, 178, 255] },
  closed: { color: [213, 94, 0, 255] },
  fenced: { color: [204, 121, 167, 255] },
  controls: { color: [230, 159, 0, 255] },
  other: { color: [120, 120, 120, 255] },
};

export function buildCrossingChangeLayer({ rows, visible }: { rows: CrossingChangeRow[]; visible: boolean }) {
  return new ScatterplotLayer<CrossingChangeRow>({
    id: CROSSING_CHANGE_LAYER_ID,
    visible,
    data: rows,
    getPosition: (r) => r.coord,
    getRadius: 17,
    radiusUnits: 'pixels',
    filled: false,
    stroked: true,
    getLineColor: (r) => CROSSING_CHANGE_STYLE[r.change].color,
    getLineWidth: 4,
    lineWidthUnits: 'pixels',
    pickable: true,
  });
}
