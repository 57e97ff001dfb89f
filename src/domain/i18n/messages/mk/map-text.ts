import type { AreaCatalogue } from '../area';
import type { mapText as english } from '../en/map-text';

export const mapText: AreaCatalogue<typeof english> = {
  'mapText.routeFlowDetections': '{count, plural, one {{figure} откривање} other {{figure} откривања}}',
  'mapText.routeFlowNoFigure': 'нема податок',
  'mapText.basemapAttribution': 'Основна карта: Natural Earth (јавна сопственост)',
  'mapText.dataAttribution': 'Податоци: Frontex (FRAN, {date}) · IOM Missing Migrants Project (CC BY 4.0) · UNHCR (CC BY 4.0)',
};
