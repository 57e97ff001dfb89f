import type { AreaCatalogue } from '../area';
import type { importFile as english } from '../en/import-files';

export const importFile: AreaCatalogue<typeof english> = {
  'importFile.commentLinesSkipped': '{count, plural, one {# red komentara (počinje sa {hash}) iznad zaglavlja preskočen} few {# reda komentara (počinju sa {hash}) iznad zaglavlja preskočena} other {# redova komentara (počinju sa {hash}) iznad zaglavlja preskočeno}}',
  'importFile.noHeaderRow': 'datoteka je prazna: nema reda zaglavlja',
  'importFile.noDataRows': 'datoteka ima red zaglavlja, ali nema redova s podacima',
  'importFile.unreadable': 'datoteku nije bilo moguće pročitati',
  'importFile.tooLarge': 'datoteka ima {size}; RouteShift uvozi datoteke do {limit}: podelite je na manje datoteke',
  'importFile.tooLargeNotice': '{file} ima {size}; RouteShift uvozi datoteke do {limit}. Podelite je na manje datoteke.',
  'importFile.emptyBytes': 'datoteka je prazna (0 bajtova)',
  'importFile.onlyBlank': 'datoteka je prazna (samo razmaci ili prazni redovi)',
  'importFile.internalError': 'RouteShift nije mogao da pročita ovu datoteku (interna greška: {message}); iz nje ništa nije uvezeno',
  'importFile.workerStopped': 'Uvoz se zaustavio',
};
