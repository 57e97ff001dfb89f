import type { AreaCatalogue } from '../area';
import type { importFile as english } from '../en/import-files';

export const importFile: AreaCatalogue<typeof english> = {
  'importFile.commentLinesSkipped': '{count, plural, one {# vrstica s komentarjem (začne se z {hash}) nad glavo izpuščena} two {# vrstici s komentarjem (začneta se z {hash}) nad glavo izpuščeni} few {# vrstice s komentarjem (začnejo se z {hash}) nad glavo izpuščene} other {# vrstic s komentarjem (začnejo se z {hash}) nad glavo izpuščenih}}',
  'importFile.noHeaderRow': 'datoteka je prazna: ni vrstice z glavo',
  'importFile.noDataRows': 'datoteka ima vrstico z glavo, nima pa vrstic s podatki',
  'importFile.unreadable': 'datoteke ni bilo mogoče prebrati',
  'importFile.tooLarge': 'datoteka ima {size}; RouteShift uvaža datoteke do {limit}: razdelite jo na manjše datoteke',
  'importFile.tooLargeNotice': '{file} ima {size}; RouteShift uvaža datoteke do {limit}. Razdelite jo na manjše datoteke.',
  'importFile.emptyBytes': 'datoteka je prazna (0 bajtov)',
  'importFile.onlyBlank': 'datoteka je prazna (samo presledki ali prazne vrstice)',
  'importFile.internalError': 'RouteShift te datoteke ni mogel prebrati (notranja napaka: {message}); iz nje ni bilo nič uvoženo',
  'importFile.workerStopped': 'Uvoz se je ustavil',
};
