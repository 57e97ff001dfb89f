import type { AreaCatalogue } from '../area';
import type { presentationFile as english } from '../en/presentation-file';

/** Apostrophes are typographic (’): an ASCII ' before { or # would open an ICU quote. */
export const presentationFile: AreaCatalogue<typeof english> = {
  'presentationFile.alreadyFile': 'Questo è già un file di presentazione salvato: apri l’app per crearne uno nuovo.',
  'presentationFile.failed': 'Impossibile creare il file di presentazione: {reason}',
  'presentationFile.pageMissing':
    'Impossibile creare il file di presentazione: non è stato possibile leggere {page} da questa app ({reason}). Esiste solo in un’app compilata (npm run build).',
  'presentationFile.saved':
    '{fileName} salvato ({size}, {views, plural, one {# vista} other {# viste}}): si apre in qualsiasi browser, senza rete, direttamente nella presentazione.',
  'presentationFile.savedEmpty': '{fileName} salvato ({size}) senza viste dello storyboard: mostra la mappa in sola lettura. Acquisisci prima delle viste per presentarle.',
  'presentationFile.defaultTitle': 'Presentazione RouteShift',
  'presentationFile.pageTitle': '{title} — RouteShift',
  'presentationFile.label': 'File di presentazione',
  'presentationFile.readOnly': 'Un file di presentazione salvato: sola lettura, nulla viene memorizzato in questo browser.',
  'presentationFile.present': 'Presenta {views, plural, one {# vista} other {# viste}}',
  'presentationFile.noViews':
    'Questo file di presentazione non contiene viste dello storyboard, quindi la mappa è mostrata in sola lettura. Per presentare, acquisisci viste in RouteShift e salva di nuovo il file di presentazione.',
  'presentationFile.notJson': 'I dati di presentazione in questo file non sono un JSON valido ({reason}).',
  'presentationFile.notReadable': 'I dati di presentazione in questo file non sono leggibili: {problems}.',
};
