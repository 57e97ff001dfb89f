import { IconLayer } from '@deck.gl/layers';
import type { CandidateCrossing } from '../../domain/geometry-analytics';
import { CANDIDATE_ICON, ICON_ATLAS, ICON_MAPPING } from './icon-atlas';
import { CANDIDATES_LAYER_ID } from './layer-ids';

export { CANDIDATES_LAYER_ID };

/** Derived border points: where a segment crosses a border and the data has no crossing near. */
export function buildCandidatesLayer({ candidates, visible }: { candidates: CandidateCrossing[]; visible: boolean }) {
  return new IconLayer<CandidateCrossing>({
    id: CANDIDATES_LAYER_ID,
    visible,
    data: candidates,
    iconAtlas: ICON_ATLAS,
    iconMapping: ICON_MAPPING,
    getIcon: () => CANDIDATE_ICON,
    getPosition: (c) => c.coord,
    getSize: 22,
    sizeUnits: 'pixels',
    getColor: [120, 60, 150, 255],
  });
}
