import type { AreaCatalogue } from '../area';
import type { mapText as english } from '../en/map-text';

export const mapText: AreaCatalogue<typeof english> = {
  'mapText.routeFlowDetections': '{count, plural, one {{figure} rilevamento} many {{figure} di rilevamenti} other {{figure} rilevamenti}}',
  'mapText.routeFlowNoFigure': 'nessun dato',
  'mapText.basemapAttribution': 'Mappa di base: Natural Earth (pubblico dominio)',
  'mapText.dataAttribution': 'Dati: Frontex (FRAN, {date}) · IOM Missing Migrants Project (CC BY 4.0) · UNHCR (CC BY 4.0)',
};
