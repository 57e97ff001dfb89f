import type { AreaCatalogue } from '../area';
import type { legend as english } from '../en/legend';

/** Apostrophes are typographic (’): an ASCII ' before { or # would open an ICU quote. */
export const legend: AreaCatalogue<typeof english> = {
  'legend.layers': 'Livelli',
  'legend.flowAnimation': 'Animazione dei flussi (particelle, più dense dove il dato è maggiore)',
  'legend.label': 'Legenda',
  'legend.landLeg': 'Tratto via terra',
  'legend.seaLeg': 'Tratto via mare',
  'legend.width':
    'Spessore: rilevamenti Frontex di quel mese sulla rotta e sulla frontiera (terrestre o marittima) dove il tratto è conteggiato; intera rotta, non la quota del tratto (oppure il dato proprio di un corridoio, come indica il suo pannello). Scala √, massimo = {widest}. Senza spessore: contesto della rotta.',
  'legend.routeContext': 'Contesto della rotta: nessun attraversamento di frontiera conteggiato sul tratto, nessun dato disegnato',
  'legend.routeFlows': '{legend}.',
  'legend.otherRoutes': 'Altre rotte',
  'legend.crossingStatus': 'Valico: {status}',
  'legend.hub': 'Snodo, campo, sbarco (vuoto: luogo approssimativo)',
  'legend.safeHouse': 'Casa sicura — illustrativa',
  'legend.incident': 'Incidente, dimensione secondo morti e dispersi (IOM)',
  'legend.areas': 'Area (zona di frontiera, campo, area operativa, distretto): nei suoi mesi; senza date in ogni mese',
  'legend.bins':
    'Vista da lontano (sotto lo zoom {zoom}): incidenti raggruppati per cella di {degrees}° e mese; superficie secondo il numero di incidenti (la cella più piena è la più grande). Ingrandisci per vederli uno per uno.',
  'legend.candidatesToggle': 'Valichi candidati, dedotti dove un segmento attraversa una frontiera senza alcun valico nei dati entro 25 km',
  'legend.candidatesList': 'Valichi candidati',
  'legend.candidatesNone': 'Nessuno nei dati mostrati.',
  'legend.candidate': '{from} → {to} a {lat}, {lon} ({segments})',
  'legend.candidatesMore': 'e altri {count}',
  'legend.candidatesCaveat': 'Dedotto da linee rette tra luoghi: un suggerimento da verificare, non un valico documentato da una fonte.',
};
