import type { AreaCatalogue } from '../area';
import type { mapText as english } from '../en/map-text';

export const mapText: AreaCatalogue<typeof english> = {
  'mapText.routeFlowDetections': '{count, plural, one {{figure} εντοπισμός} other {{figure} εντοπισμοί}}',
  'mapText.routeFlowNoFigure': 'χωρίς αριθμό',
  'mapText.basemapAttribution': 'Υπόβαθρο χάρτη: Natural Earth (δημόσιος τομέας)',
  'mapText.dataAttribution': 'Δεδομένα: Frontex (FRAN, {date}) · IOM Missing Migrants Project (CC BY 4.0) · UNHCR (CC BY 4.0)',
};
