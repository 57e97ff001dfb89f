import type { AreaCatalogue } from '../area';
import type { screenText as english } from '../en/screen-text';

export const screenText: AreaCatalogue<typeof english> = {
  'screenText.demoUnreadable': 'Impossibile leggere {file}: {reason}',
  'screenText.demoNotJson': '{file} non è un JSON valido',
  'screenText.demoNotDataset': '{file} non è un set di dati RouteShift: {problem} (ricostruiscilo con npm run build:data)',
  'screenText.labelsUnreadable': 'Impossibile caricare {url}: {reason}',
  'screenText.labelsNotList': '{url} non è un elenco di etichette',
  'screenText.loadingFont': 'Caricamento del carattere',
  'screenText.videoEmpty': 'Il file video è risultato vuoto.',
  'screenText.storyboardEmpty': 'Lo storyboard non ha ancora viste: cattura prima una vista.',
  'screenText.noCanvas': 'Questo browser non può disegnare su un canvas 2D.',
  'screenText.fontNotLoaded': 'impossibile caricare il carattere della dispensa ({path}: {reason})',
  'screenText.fontMissing': 'il carattere della dispensa non è in questa copia di RouteShift ({path}: HTTP {status})',
  'screenText.fontNotTrueType': 'il carattere della dispensa {path} non è un carattere TrueType',
  'screenText.storyboardEdge': '{edge, select, last {Ultima vista dello storyboard: PageDown/PageUp non vanno oltre.} other {Prima vista dello storyboard: PageDown/PageUp non vanno oltre.}}',
  'screenText.reportedPersons': 'persone segnalate',
  'screenText.exportIncidentName': 'Incidente del {date}',
  'screenText.exportDeadAndMissing': 'morti e dispersi',
  'screenText.exportSegmentUnit': '{scope, select, routeTotal {{unit} ({series}, intera rotta)} corridor {{unit} ({series}, il dato segnalato proprio del corridoio)} other {{unit} ({series})}}',
  'screenText.exportRouteContext': 'contesto della rotta, nessun dato',
  'screenText.exportStatusUnit': '{endUnknown, select, yes {stato a {month} (fine sconosciuta: non confermato quel mese)} other {stato a {month}}}',
  'screenText.changeClass': '{change, select, new {Nuovi} vanished {Scomparsi (tratteggiati)} grown {Cresciuti} shrunk {Ridotti} other {Invariati}}',
  'screenText.thisPresentationFile': 'questo file di presentazione',
  'screenText.noData': 'Nessun dato',
};
