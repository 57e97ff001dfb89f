import type { AreaCatalogue } from '../area';
import type { mapText as english } from '../en/map-text';

export const mapText: AreaCatalogue<typeof english> = {
  'mapText.routeFlowDetections': '{count, plural, one {{figure} otkrivanje} few {{figure} otkrivanja} other {{figure} otkrivanja}}',
  'mapText.routeFlowNoFigure': 'nema podatka',
  'mapText.basemapAttribution': 'Osnovna mapa: Natural Earth (javno dobro)',
  'mapText.dataAttribution': 'Podaci: Frontex (FRAN, {date}) · IOM Missing Migrants Project (CC BY 4.0) · UNHCR (CC BY 4.0)',
};
