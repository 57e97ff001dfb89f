import type { AreaCatalogue } from '../area';
import type { presentationFile as english } from '../en/presentation-file';

export const presentationFile: AreaCatalogue<typeof english> = {
  'presentationFile.alreadyFile': 'Ово је већ сачувана датотека презентације: отворите апликацију да бисте направили нову.',
  'presentationFile.failed': 'Датотеку презентације није било могуће направити: {reason}',
  'presentationFile.pageMissing':
    'Датотеку презентације није било могуће направити: {page} није било могуће прочитати из ове апликације ({reason}). Постоји само у изграђеној апликацији (npm run build).',
  'presentationFile.saved':
    'Сачувано: {fileName} ({size}, {views, plural, one {# приказ} few {# приказа} other {# приказа}}): отвара се у било ком прегледачу, без мреже, одмах у презентацији.',
  'presentationFile.savedEmpty':
    'Сачувано: {fileName} ({size}) без приказа у низу приказа: мапа се приказује само за читање. Прво снимите приказе да бисте их презентовали.',
  'presentationFile.defaultTitle': 'RouteShift презентација',
  'presentationFile.pageTitle': '{title} — RouteShift',
  'presentationFile.label': 'Датотека презентације',
  'presentationFile.readOnly': 'Сачувана датотека презентације: само за читање, ништа се не чува у овом прегледачу.',
  'presentationFile.present': 'Презентуј {views, plural, one {# приказ} few {# приказа} other {# приказа}}',
  'presentationFile.noViews':
    'Ова датотека презентације нема приказе у низу приказа, па се мапа приказује само за читање. Да бисте презентовали, снимите приказе у апликацији RouteShift и поново сачувајте датотеку презентације.',
  'presentationFile.notJson': 'Подаци презентације у овој датотеци нису исправан JSON ({reason}).',
  'presentationFile.notReadable': 'Подаци презентације у овој датотеци нису читљиви: {problems}.',
};
