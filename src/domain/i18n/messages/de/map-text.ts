import type { AreaCatalogue } from '../area';
import type { mapText as english } from '../en/map-text';

export const mapText: AreaCatalogue<typeof english> = {
  'mapText.routeFlowDetections': '{count, plural, one {{figure} Aufgriff} other {{figure} Aufgriffe}}',
  'mapText.routeFlowNoFigure': 'keine Zahl',
  'mapText.basemapAttribution': 'Basiskarte: Natural Earth (gemeinfrei)',
  'mapText.dataAttribution': 'Daten: Frontex (FRAN, {date}) · IOM Missing Migrants Project (CC BY 4.0) · UNHCR (CC BY 4.0)',
};
