/** Layer toggles, the legend and the candidate crossings. Corridor and region names are data. */
export const legend = {
  'legend.layers': 'Layers',
  'legend.flowAnimation': 'Flow animation (particles, denser where the figure is larger)',
  'legend.label': 'Legend',
  'legend.landLeg': 'Land leg',
  'legend.seaLeg': 'Sea leg',
  'legend.width':
    "Width: Frontex detections that month on the route and border (land or sea) where the leg is counted; whole route, not the leg's share (or a corridor's own reported figure, as its panel says). √ scale, widest = {widest}. No width: route context.",
  'legend.routeContext': 'Route context: no border crossing counted on the leg, no figure drawn',
  'legend.routeFlows': '{legend}.',
  'legend.otherRoutes': 'Other routes',
  'legend.crossingStatus': 'Crossing: {status}',
  'legend.hub': 'Hub, camp, landing (hollow: approximate place)',
  'legend.safeHouse': 'Safe house — illustrative',
  'legend.incident': 'Incident, size by dead and missing (IOM)',
  'legend.areas': 'Area (border zone, camp, operation area, district): in its months; without dates in every month',
  'legend.bins':
    'Zoomed out (below zoom {zoom}): incidents grouped per {degrees}° cell and month; area by number of incidents (the fullest cell largest). Zoom in to see each one.',
  'legend.candidatesToggle': 'Candidate crossings, derived where a segment crosses a border with no crossing in the data within 25 km',
  'legend.candidatesList': 'Candidate crossings',
  'legend.candidatesNone': 'None in the shown data.',
  'legend.candidate': '{from} → {to} at {lat}, {lon} ({segments})',
  'legend.candidatesMore': 'and {count} more',
  'legend.candidatesCaveat': 'Derived from straight lines between places: a suggestion to check, not a sourced crossing.',
} as const;
