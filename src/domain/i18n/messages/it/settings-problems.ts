import type { AreaCatalogue } from '../area';
import type { settingsProblems as english } from '../en/settings-problems';

export const settingsProblems: AreaCatalogue<typeof english> = {
  'settings.unknownLinkVersion': 'la versione del link «{version}» non è nota',
  'settings.notAMonth': 'il mese «{value}» non è un mese (AAAA-MM)',
  'settings.unknownLayers': '{count, plural, one {livello sconosciuto: {layers}} many {livelli sconosciuti: {layers}} other {livelli sconosciuti: {layers}}}',
  'settings.badTimeWindow': 'la finestra temporale «{value}» non è range:AAAA-MM né since:AAAA-MM',
  'settings.badTrail': 'la scia «{value}» non è 1 né 0',
  'settings.badComparison': 'il confronto «{value}» non è prev né AAAA-MM',
  'settings.badSideBySideMonth': 'il mese affiancato «{value}» non è AAAA-MM',
  'settings.badChart': 'il grafico «{value}» non è detections, share, yoy né unhcr',
  'settings.badMapPosition': 'la posizione della mappa «{value}» non è lon,lat,zoom',
  'settings.badSelection': 'la selezione «{value}» non è comprensibile',
  'settings.unknownFilter': 'filtro sconosciuto «{key}»',
  'settings.badConfidence': 'l\'affidabilità «{values}» non è high, medium né low',
  'settings.monthOutside': '{what, select, windowStart {l\'inizio della finestra {month} è fuori dai dati (da {from} a {to}); è mostrato il mese più vicino} comparison {il mese di confronto {month} è fuori dai dati (da {from} a {to}); è mostrato il mese più vicino} sideBySide {il mese affiancato {month} è fuori dai dati (da {from} a {to}); è mostrato il mese più vicino} other {il mese {month} è fuori dai dati (da {from} a {to}); è mostrato il mese più vicino}}',
  'settings.selectionMissing': 'nessun «{id}» ({kind}) nei dati',
  'settings.unknownLanguage': 'lingua sconosciuta: {language}',
  'settings.viewProblems': 'Vista «{title}»: {problems}.',
};
