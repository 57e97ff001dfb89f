import type { AreaCatalogue } from '../area';
import type { legend as english } from '../en/legend';

export const legend: AreaCatalogue<typeof english> = {
  'legend.layers': 'Slojevi',
  'legend.flowAnimation': 'Animacija toka (čestice, gušće gdje je podatak veći)',
  'legend.label': 'Legenda',
  'legend.landLeg': 'Kopneni dio',
  'legend.seaLeg': 'Morski dio',
  'legend.width':
    'Širina: otkrivanja (Frontex) u tom mjesecu na ruti i granici (kopnenoj ili morskoj) gdje se dio broji; cijela ruta, ne udio dijela (ili vlastiti prijavljeni podatak koridora, kako navodi njegov panel). Razmjera √, najšire = {widest}. Bez širine: kontekst rute.',
  'legend.routeContext': 'Kontekst rute: na ovom dijelu nije brojan granični prijelaz, podatak nije nacrtan',
  'legend.routeFlows': '{legend}.',
  'legend.otherRoutes': 'Ostale rute',
  'legend.crossingStatus': 'Prijelaz: {status}',
  'legend.hub': 'Čvorište, kamp, iskrcavanje (šuplje: približno mjesto)',
  'legend.safeHouse': 'Sigurna kuća — ilustrativno',
  'legend.incident': 'Incident, veličina prema broju mrtvih i nestalih (IOM)',
  'legend.areas': 'Područje (granična zona, kamp, područje operacije, okrug): u svojim mjesecima; bez datuma u svakom mjesecu',
  'legend.bins':
    'Udaljeno (ispod zuma {zoom}): incidenti grupisani po ćeliji od {degrees}° i mjesecu; površina prema broju incidenata (najpunija ćelija najveća). Približite da vidite svaki.',
  'legend.candidatesToggle': 'Mogući prijelazi, izvedeni gdje segment prelazi granicu bez prijelaza u podacima unutar 25 km',
  'legend.candidatesList': 'Mogući prijelazi',
  'legend.candidatesNone': 'Nema ih u prikazanim podacima.',
  'legend.candidate': '{from} → {to} kod {lat}, {lon} ({segments})',
  'legend.candidatesMore': 'i još {count}',
  'legend.candidatesCaveat': 'Izvedeno iz ravnih linija između mjesta: prijedlog za provjeru, ne prijelaz potvrđen izvorom.',
};
