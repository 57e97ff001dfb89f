import type { AreaCatalogue } from '../area';
import type { presentationFile as english } from '../en/presentation-file';

export const presentationFile: AreaCatalogue<typeof english> = {
  'presentationFile.alreadyFile': 'Ова веќе е зачувана датотека за презентација: отворете ја апликацијата за да направите нова.',
  'presentationFile.failed': 'Датотеката за презентација не можеше да се направи: {reason}',
  'presentationFile.pageMissing':
    'Датотеката за презентација не можеше да се направи: {page} не можеше да се прочита од оваа апликација ({reason}). Постои само во изградена апликација (npm run build).',
  'presentationFile.saved':
    'Зачувано е {fileName} ({size}, {views, plural, one {# приказ} other {# прикази}}): се отвора во секој прелистувач, без мрежа, директно во режимот за презентација.',
  'presentationFile.savedEmpty':
    'Зачувано е {fileName} ({size}) без прикази во сценариото: ја прикажува картата само за читање. Прво зачувајте прикази за да ги презентирате.',
  'presentationFile.defaultTitle': 'Презентација од RouteShift',
  'presentationFile.pageTitle': '{title} — RouteShift',
  'presentationFile.label': 'Датотека за презентација',
  'presentationFile.readOnly': 'Зачувана датотека за презентација: само за читање, ништо не се зачувува во овој прелистувач.',
  'presentationFile.present': 'Презентирај {views, plural, one {# приказ} other {# прикази}}',
  'presentationFile.noViews':
    'Оваа датотека за презентација нема прикази во сценариото, па картата се прикажува само за читање. За да презентирате, зачувајте прикази во RouteShift и повторно зачувајте ја датотеката за презентација.',
  'presentationFile.notJson': 'Податоците за презентацијата во оваа датотека не се валиден JSON ({reason}).',
  'presentationFile.notReadable': 'Податоците за презентацијата во оваа датотека не можат да се прочитаат: {problems}.',
};
