import type { AreaCatalogue } from '../area';
import type { mapText as english } from '../en/map-text';

export const mapText: AreaCatalogue<typeof english> = {
  'mapText.routeFlowDetections': '{count, plural, one {{figure} откривање} few {{figure} откривања} other {{figure} откривања}}',
  'mapText.routeFlowNoFigure': 'нема податка',
  'mapText.basemapAttribution': 'Основна мапа: Natural Earth (јавно добро)',
  'mapText.dataAttribution': 'Подаци: Frontex (FRAN, {date}) · IOM Missing Migrants Project (CC BY 4.0) · UNHCR (CC BY 4.0)',
};
