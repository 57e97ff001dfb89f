import type { AreaCatalogue } from '../area';
import type { importFile as english } from '../en/import-files';

export const importFile: AreaCatalogue<typeof english> = {
  'importFile.commentLinesSkipped': '{count, plural, one {# ред со коментар (почнува со {hash}) над заглавието е прескокнат} other {# редови со коментар (почнуваат со {hash}) над заглавието се прескокнати}}',
  'importFile.noHeaderRow': 'датотеката е празна: нема ред со заглавие',
  'importFile.noDataRows': 'датотеката има ред со заглавие, но нема редови со податоци',
  'importFile.unreadable': 'датотеката не можеше да се прочита',
  'importFile.tooLarge': 'датотеката има {size}; RouteShift увезува датотеки до {limit}: поделете ја на помали датотеки',
  'importFile.tooLargeNotice': '{file} има {size}; RouteShift увезува датотеки до {limit}. Поделете ја на помали датотеки.',
  'importFile.emptyBytes': 'датотеката е празна (0 бајти)',
  'importFile.onlyBlank': 'датотеката е празна (само празни места или празни редови)',
  'importFile.internalError': 'RouteShift не можеше да ја прочита оваа датотека (внатрешна грешка: {message}); од неа ништо не е увезено',
  'importFile.workerStopped': 'Увозот запре',
};
