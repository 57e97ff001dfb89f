import type { AreaCatalogue } from '../area';
import type { importFile as english } from '../en/import-files';

export const importFile: AreaCatalogue<typeof english> = {
  'importFile.commentLinesSkipped': '{count, plural, one {# ред коментара (почиње са {hash}) изнад заглавља прескочен} few {# реда коментара (почињу са {hash}) изнад заглавља прескочена} other {# редова коментара (почињу са {hash}) изнад заглавља прескочено}}',
  'importFile.noHeaderRow': 'датотека је празна: нема реда заглавља',
  'importFile.noDataRows': 'датотека има ред заглавља, али нема редова с подацима',
  'importFile.unreadable': 'датотеку није било могуће прочитати',
  'importFile.tooLarge': 'датотека има {size}; RouteShift увози датотеке до {limit}: поделите је на мање датотеке',
  'importFile.tooLargeNotice': '{file} има {size}; RouteShift увози датотеке до {limit}. Поделите је на мање датотеке.',
  'importFile.emptyBytes': 'датотека је празна (0 бајтова)',
  'importFile.onlyBlank': 'датотека је празна (само размаци или празни редови)',
  'importFile.internalError': 'RouteShift није могао да прочита ову датотеку (интерна грешка: {message}); из ње ништа није увезено',
  'importFile.workerStopped': 'Увоз се зауставио',
};
