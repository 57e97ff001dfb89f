import type { AreaCatalogue } from '../area';
import type { importFlows as english } from '../en/import-flows';

export const importFlows: AreaCatalogue<typeof english> = {
  'importFlows.routeEmpty': 'il nome della rotta è vuoto',
  'importFlows.needsMonth': 'un valore mensile richiede un mese, trovato l’anno \'\'{year}\'\'',
  'importFlows.secondValue': 'un secondo valore per \'\'{route}\'\' in {month} (la prima volta alla riga {line})',
  'importFlows.totalOnly': 'nessuna colonna del tempo: il conteggio è un totale per un periodo sconosciuto',
  'importFlows.totalShown': 'mostrato in ogni mese, il totale nelle note (non distribuito sui mesi)',
  'importFlows.endEmpty': '{role, select, origin {l’origine (origin) è vuota} other {la destinazione (dest) è vuota}}',
  'importFlows.unknownLocation': '{role, select, origin {l’origine \'\'{key}\'\' non è tra le località in {files}} other {la destinazione \'\'{key}\'\' non è tra le località in {files}}}',
  'importFlows.samePlace': 'origine e destinazione sono la stessa località \'\'{id}\'\': un flusso dentro un solo luogo non ha una linea da disegnare',
  'importFlows.countEmpty': 'il conteggio è vuoto',
  'importFlows.secondCount': 'un secondo conteggio per {origin} → {dest} (la prima volta alla riga {line}); i valori non vengono mai sommati',
  'importFlows.secondMonth': 'un secondo valore in {month} per {origin} → {dest} (la prima volta alla riga {line}); i valori non vengono mai sommati',
};
