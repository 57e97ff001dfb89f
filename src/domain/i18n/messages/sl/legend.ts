import type { AreaCatalogue } from '../area';
import type { legend as english } from '../en/legend';

export const legend: AreaCatalogue<typeof english> = {
  'legend.layers': 'Sloji',
  'legend.flowAnimation': 'Animacija toka (delci, gostejši, kjer je številka večja)',
  'legend.label': 'Legenda',
  'legend.landLeg': 'Kopenski del',
  'legend.seaLeg': 'Pomorski del',
  'legend.width':
    'Širina: odkritja (Frontex) v tem mesecu na poti in meji (kopenski ali pomorski), kjer se del šteje; celotna pot, ne delež dela (ali lastna poročana številka koridorja, kot navaja njegova plošča). Lestvica √, najširše = {widest}. Brez širine: kontekst poti.',
  'legend.routeContext': 'Kontekst poti: na tem delu ni štet noben mejni prehod, številka ni prikazana',
  'legend.routeFlows': '{legend}.',
  'legend.otherRoutes': 'Druge poti',
  'legend.crossingStatus': 'Prehod: {status}',
  'legend.hub': 'Vozlišče, tabor, pristanek (votlo: približna lokacija)',
  'legend.safeHouse': 'Varna hiša — ponazoritveno',
  'legend.incident': 'Incident, velikost po številu mrtvih in pogrešanih (IOM)',
  'legend.areas': 'Območje (obmejni pas, tabor, območje operacije, okraj): v svojih mesecih; brez datumov v vseh mesecih',
  'legend.bins':
    'Oddaljeno (pod povečavo {zoom}): incidenti, združeni po celicah {degrees}° in mesecih; površina po številu incidentov (najpolnejša celica je največja). Povečajte, da vidite posamezne.',
  'legend.candidatesToggle': 'Možni prehodi, izpeljani tam, kjer odsek prečka mejo, v podatkih pa v razdalji 25 km ni prehoda',
  'legend.candidatesList': 'Možni prehodi',
  'legend.candidatesNone': 'V prikazanih podatkih jih ni.',
  'legend.candidate': '{from} → {to} pri {lat}, {lon} ({segments})',
  'legend.candidatesMore': 'in še {count}',
  'legend.candidatesCaveat': 'Izpeljano iz ravnih črt med kraji: predlog za preverjanje, ne prehod, podprt z virom.',
};
