import type { AreaCatalogue } from '../area';
import type { storyboard as english } from '../en/storyboard';

export const storyboard: AreaCatalogue<typeof english> = {
  'storyboard.viewDeleted': 'Приказ „{title}“ је обрисан.',
  'storyboard.undo': 'Опозови',
  'storyboard.viewMoved': '„{title}“ премештен на позицију {position} од {count}.',
  'storyboard.viewCaptured': 'Приказ „{title}“ је снимљен: {count} у низу приказа.',
  'storyboard.captureView': 'Сними приказ',
  'storyboard.speakerButtonTitle': 'Прво отворите прозор за говорника, на свом екрану: он прати презентацију',
  'storyboard.empty':
    'Још нема приказа. Подесите месец, слојеве и мапу онако како желите да их прикажете, затим „Сними приказ“. Прикази се приказују редом, даљинским управљачем или тастером PageDown.',
  'storyboard.listLabel': 'Прикази низа приказа (Alt+↑/↓ помера изабрани приказ)',
  'storyboard.untitledView': 'Приказ без наслова',
  'storyboard.copyTitle': '{title} (копија)',
  'storyboard.editorLabel': 'Приказ {position}: {title}',
  'storyboard.title': 'Наслов',
  'storyboard.caption': 'Опис (на слајду)',
  'storyboard.notes': 'Белешке за говорника (само у прозору за говорника, никад на слајду)',
  'storyboard.show': 'Прикажи',
  'storyboard.updateFromMap': 'Ажурирај према мапи',
  'storyboard.updateFromMapTitle': 'Замени камеру, време, слојеве, филтере и избор мапом каква је сада',
  'storyboard.presentFromHere': 'Презентуј одавде',
  'storyboard.duplicate': 'Дуплирај',
  'storyboard.delete': 'Обриши',
  'storyboard.hideLegend': 'Током презентације сакриј',
  'storyboard.hideCaption': 'опис',
  'storyboard.hideBadge': 'позицију (1 / 3)',
  'storyboard.hideMapLegend': 'легенду',
  'storyboard.briefingAlready': 'Низ приказа је већ уграђени брифинг „{title}“.',
  'storyboard.presentBriefing': 'Презентуј уграђени брифинг: {title}',
  'storyboard.briefingButton': 'Уграђени брифинг: {title}',
  'storyboard.briefingLoading': 'Учитавање брифинга…',
  'storyboard.askLabel': 'Ваш низ приказа већ има приказе',
  'storyboard.askText':
    'Ваш низ приказа има {existing, plural, one {# приказ} few {# приказа} other {# приказа}}. Да ли да {count, plural, one {# приказ} few {# приказа} other {# приказа}} брифинга замени ваше (Опозови враћа ваше) или да се дода после њих?',
  'storyboard.replace': 'Замени',
  'storyboard.addAfter': 'Додај после мојих',
  'storyboard.cancel': 'Откажи',
  'storyboard.startLabel': 'Уграђени брифинг',
  'storyboard.startText': 'Како се рута померала између Балкана и Средоземља, приказ по приказ, са изворима сваке бројке.',
  'storyboard.briefingReplaced':
    'Отворен је уграђени брифинг „{title}“: {count, plural, one {његов # приказ заменио је} few {његова # приказа заменила су} other {његових # приказа заменило је}} ваше приказе ({before, number}) у низу приказа.',
  'storyboard.briefingAdded':
    'Уграђени брифинг „{title}“: {count, plural, one {# приказ додат} few {# приказа додата} other {# приказа додато}} после ваших приказа ({before, number}).',
  'storyboard.errorNotLoaded': 'Уграђени брифинг „{name}“ није било могуће учитати ({file}: {reason}).',
  'storyboard.errorMissing':
    'Уграђени брифинг „{name}“ није у овој копији апликације RouteShift ({file}: HTTP {status}). Поново изградите податке командом npm run build:data.',
  'storyboard.errorNotJson': 'Уграђени брифинг „{name}“ није било могуће отворити: {file} није исправан JSON.',
  'storyboard.errorInvalid': 'Уграђени брифинг „{name}“ није било могуће отворити: {file} није исправна прича. {problems}.',
  'storyboard.errorInvalidMore':
    'Уграђени брифинг „{name}“ није било могуће отворити: {file} није исправна прича. {problems} (и још {more, number}).',
};
