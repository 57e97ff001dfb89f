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
};
