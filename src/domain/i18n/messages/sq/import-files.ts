import type { AreaCatalogue } from '../area';
import type { importFile as english } from '../en/import-files';

export const importFile: AreaCatalogue<typeof english> = {
  'importFile.commentLinesSkipped': '{count, plural, one {# rresht komenti (fillon me {hash}) mbi kokë u anashkalua} other {# rreshta komenti (fillojnë me {hash}) mbi kokë u anashkaluan}}',
  'importFile.noHeaderRow': 'skedari është bosh: nuk ka rresht koke',
  'importFile.noDataRows': 'skedari ka rresht koke, por nuk ka rreshta të dhënash',
  'importFile.unreadable': 'skedari nuk mund të lexohej',
  'importFile.tooLarge': 'skedari është {size}; RouteShift importon skedarë deri në {limit}: ndajeni në skedarë më të vegjël',
  'importFile.tooLargeNotice': '{file} është {size}; RouteShift importon skedarë deri në {limit}. Ndajeni në skedarë më të vegjël.',
  'importFile.emptyBytes': 'skedari është bosh (0 bajt)',
  'importFile.onlyBlank': 'skedari është bosh (vetëm hapësira ose rreshta bosh)',
  'importFile.internalError': 'RouteShift nuk e lexoi dot këtë skedar (gabim i brendshëm: {message}); prej tij nuk u importua asgjë',
  'importFile.workerStopped': 'Importimi ndaloi',
};
