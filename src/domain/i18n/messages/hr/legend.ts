import type { AreaCatalogue } from '../area';
import type { legend as english } from '../en/legend';

export const legend: AreaCatalogue<typeof english> = {
  'legend.layers': 'Slojevi',
  'legend.flowAnimation': 'Animacija toka (čestice, gušće gdje je broj veći)',
  'legend.label': 'Legenda',
  'legend.landLeg': 'Kopneni dio',
  'legend.seaLeg': 'Morski dio',
  'legend.width':
    'Širina: otkrivanja (Frontex) u tom mjesecu na ruti i granici (kopnenoj ili morskoj) na kojoj se dio broji; cijela ruta, ne udio dijela (ili vlastiti prijavljeni broj koridora, kako navodi njegova ploča). Ljestvica √, najšire = {widest}. Bez širine: kontekst rute.',
  'legend.routeContext': 'Kontekst rute: na ovom dijelu nije brojen nijedan granični prijelaz, broj nije prikazan',
  'legend.routeFlows': '{legend}.',
  'legend.otherRoutes': 'Ostale rute',
  'legend.crossingStatus': 'Prijelaz: {status}',
  'legend.hub': 'Čvorište, kamp, iskrcavanje (šuplje: približna lokacija)',
  'legend.safeHouse': 'Sigurna kuća — ilustrativno',
  'legend.incident': 'Incident, veličina prema broju mrtvih i nestalih (IOM)',
  'legend.areas': 'Područje (granična zona, kamp, područje operacije, okrug): u svojim mjesecima; bez datuma u svim mjesecima',
  'legend.bins':
    'Udaljeno (ispod uvećanja {zoom}): incidenti grupirani po ćelijama od {degrees}° i mjesecima; površina prema broju incidenata (najpunija ćelija najveća). Uvećajte da biste vidjeli svaki pojedinačno.',
  'legend.candidatesToggle': 'Mogući prijelazi, izvedeni ondje gdje segment prelazi granicu, a u podacima nema prijelaza unutar 25 km',
  'legend.candidatesList': 'Mogući prijelazi',
  'legend.candidatesNone': 'Nema ih u prikazanim podacima.',
  'legend.candidate': '{from} → {to} kod {lat}, {lon} ({segments})',
  'legend.candidatesMore': 'i još {count}',
  'legend.candidatesCaveat': 'Izvedeno iz ravnih crta između mjesta: prijedlog za provjeru, a ne prijelaz potvrđen izvorom.',
};
