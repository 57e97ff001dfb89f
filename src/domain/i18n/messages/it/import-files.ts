import type { AreaCatalogue } from '../area';
import type { importFile as english } from '../en/import-files';

export const importFile: AreaCatalogue<typeof english> = {
  'importFile.commentLinesSkipped': '{count, plural, one {# riga di commento (che inizia con {hash}) sopra l\'intestazione saltata} many {# di righe di commento (che iniziano con {hash}) sopra l\'intestazione saltate} other {# righe di commento (che iniziano con {hash}) sopra l\'intestazione saltate}}',
  'importFile.noHeaderRow': 'il file è vuoto: nessuna riga di intestazione',
  'importFile.noDataRows': 'il file ha una riga di intestazione ma nessuna riga di dati',
  'importFile.unreadable': 'il file non è stato letto',
  'importFile.tooLarge': 'il file è di {size}; RouteShift importa file fino a {limit}: dividilo in file più piccoli',
  'importFile.tooLargeNotice': '{file} è di {size}; RouteShift importa file fino a {limit}. Dividilo in file più piccoli.',
  'importFile.emptyBytes': 'il file è vuoto (0 byte)',
  'importFile.onlyBlank': 'il file è vuoto (solo spazi o righe vuote)',
  'importFile.internalError': 'RouteShift non è riuscito a leggere questo file (errore interno: {message}); non ne è stato importato nulla',
  'importFile.workerStopped': 'L\'importazione si è interrotta',
};
