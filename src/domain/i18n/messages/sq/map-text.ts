import type { AreaCatalogue } from '../area';
import type { mapText as english } from '../en/map-text';

export const mapText: AreaCatalogue<typeof english> = {
  'mapText.routeFlowDetections': '{count, plural, one {{figure} zbulim} other {{figure} zbulime}}',
  'mapText.routeFlowNoFigure': 'pa shifër',
  'mapText.basemapAttribution': 'Harta bazë: Natural Earth (domen publik)',
  'mapText.dataAttribution': 'Të dhënat: Frontex (FRAN, {date}) · IOM Missing Migrants Project (CC BY 4.0) · UNHCR (CC BY 4.0)',
};
