import type { AreaCatalogue } from '../area';
import type { legend as english } from '../en/legend';

export const legend: AreaCatalogue<typeof english> = {
  'legend.layers': 'Slojevi',
  'legend.flowAnimation': 'Animacija toka (čestice, gušće gde je brojka veća)',
  'legend.label': 'Legenda',
  'legend.landLeg': 'Kopneni deo',
  'legend.seaLeg': 'Morski deo',
  'legend.width':
    'Širina: otkrivanja (Frontex) u tom mesecu na ruti i granici (kopnenoj ili morskoj) na kojoj se ovaj deo broji; cela ruta, ne udeo ovog dela (ili sopstvena prijavljena brojka koridora, kako navodi njegov panel). Skala √, najšire = {widest}. Bez širine: kontekst rute.',
  'legend.routeContext': 'Kontekst rute: na ovom delu se ne broji prelazak granice, brojka se ne iscrtava',
  'legend.routeFlows': '{legend}.',
  'legend.otherRoutes': 'Ostale rute',
  'legend.crossingStatus': 'Prelaz: {status}',
  'legend.hub': 'Čvorište, kamp, iskrcavanje (šuplje: približno mesto)',
  'legend.safeHouse': 'Sigurna kuća — ilustrativno',
  'legend.incident': 'Incident, veličina prema broju mrtvih i nestalih (IOM)',
  'legend.areas': 'Oblast (granična zona, kamp, oblast operacije, okrug): u svojim mesecima; bez datuma u svakom mesecu',
  'legend.bins':
    'Umanjeno (ispod nivoa zumiranja {zoom}): incidenti grupisani po ćeliji od {degrees}° i po mesecu; površina prema broju incidenata (najpunija ćelija je najveća). Uvećajte da biste videli svaki pojedinačno.',
  'legend.candidatesToggle': 'Mogući prelazi, izvedeni tamo gde segment prelazi granicu, a u podacima nema prelaza u krugu od 25 km',
  'legend.candidatesList': 'Mogući prelazi',
  'legend.candidatesNone': 'Nema ih u prikazanim podacima.',
  'legend.candidate': '{from} → {to} kod {lat}, {lon} ({segments})',
  'legend.candidatesMore': 'i još {count}',
  'legend.candidatesCaveat': 'Izvedeno iz pravih linija između mesta: predlog za proveru, ne prelaz potvrđen izvorom.',
};
