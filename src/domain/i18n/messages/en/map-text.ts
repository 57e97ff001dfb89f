/** Text drawn on the map or shown about it: the route-level flows' figure labels and the basemap's attribution line ("Natural Earth" is a name and stays). */
export const mapText = {
  'mapText.routeFlowDetections': '{count, plural, one {{figure} detection} other {{figure} detections}}',
  'mapText.routeFlowNoFigure': 'no figure',
  'mapText.basemapAttribution': 'Basemap: Natural Earth (public domain)',
  'mapText.dataAttribution': 'Data: Frontex (FRAN, {date}) · IOM Missing Migrants Project (CC BY 4.0) · UNHCR (CC BY 4.0)',
} as const;
