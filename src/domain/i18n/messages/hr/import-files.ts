import type { AreaCatalogue } from '../area';
import type { importFile as english } from '../en/import-files';

export const importFile: AreaCatalogue<typeof english> = {
  'importFile.commentLinesSkipped': '{count, plural, one {# redak komentara (počinje s {hash}) iznad zaglavlja preskočen} few {# retka komentara (počinju s {hash}) iznad zaglavlja preskočena} other {# redaka komentara (počinju s {hash}) iznad zaglavlja preskočeno}}',
  'importFile.noHeaderRow': 'datoteka je prazna: nema retka zaglavlja',
  'importFile.noDataRows': 'datoteka ima redak zaglavlja, ali nema redaka s podacima',
  'importFile.unreadable': 'datoteku nije bilo moguće pročitati',
  'importFile.tooLarge': 'datoteka ima {size}; RouteShift uvozi datoteke do {limit}: podijelite je na manje datoteke',
  'importFile.tooLargeNotice': '{file} ima {size}; RouteShift uvozi datoteke do {limit}. Podijelite je na manje datoteke.',
  'importFile.emptyBytes': 'datoteka je prazna (0 bajtova)',
  'importFile.onlyBlank': 'datoteka je prazna (samo razmaci ili prazni retci)',
  'importFile.internalError': 'RouteShift nije mogao pročitati ovu datoteku (interna pogreška: {message}); iz nje ništa nije uvezeno',
  'importFile.workerStopped': 'Uvoz se zaustavio',
};
