import type { AreaCatalogue } from '../area';
import type { mapText as english } from '../en/map-text';

export const mapText: AreaCatalogue<typeof english> = {
  'mapText.routeFlowDetections': '{count, plural, one {{figure} odkritje} two {{figure} odkritji} few {{figure} odkritja} other {{figure} odkritij}}',
  'mapText.routeFlowNoFigure': 'ni podatka',
  'mapText.basemapAttribution': 'Osnovna karta: Natural Earth (javna domena)',
  'mapText.dataAttribution': 'Podatki: Frontex (FRAN, {date}) · IOM Missing Migrants Project (CC BY 4.0) · UNHCR (CC BY 4.0)',
};
