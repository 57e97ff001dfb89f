import type { AreaCatalogue } from '../area';
import type { storyboard as english } from '../en/storyboard';

export const storyboard: AreaCatalogue<typeof english> = {
  'storyboard.viewDeleted': 'Приказот „{title}“ е избришан.',
  'storyboard.undo': 'Врати',
  'storyboard.viewMoved': 'Приказот „{title}“ е преместен на позиција {position} од {count}.',
  'storyboard.viewCaptured': 'Приказот „{title}“ е зачуван: {count} во сценариото.',
  'storyboard.captureView': 'Зачувај приказ',
  'storyboard.speakerButtonTitle': 'Прво отворете го прозорецот за говорникот, на вашиот екран: тој ја следи презентацијата',
  'storyboard.empty':
    'Сè уште нема прикази. Поставете ги месецот, слоевите и картата како што сакате да се прикажат, а потоа „Зачувај приказ“. Приказите се презентираат по ред со далечински управувач или со PageDown.',
  'storyboard.listLabel': 'Прикази во сценариото (Alt+↑/↓ го преместува избраниот приказ)',
  'storyboard.untitledView': 'Приказ без наслов',
  'storyboard.copyTitle': '{title} (копија)',
  'storyboard.editorLabel': 'Приказ {position}: {title}',
  'storyboard.title': 'Наслов',
  'storyboard.caption': 'Опис (на слајдот)',
  'storyboard.notes': 'Белешки за говорникот (само во прозорецот за говорникот, никогаш на слајдот)',
  'storyboard.show': 'Прикажи',
  'storyboard.updateFromMap': 'Ажурирај од картата',
  'storyboard.updateFromMapTitle': 'Замени ги камерата, времето, слоевите, филтрите и изборот со картата каква што е сега',
  'storyboard.presentFromHere': 'Презентирај од тука',
  'storyboard.duplicate': 'Удвои',
  'storyboard.delete': 'Избриши',
  'storyboard.hideLegend': 'При презентирање скриј',
  'storyboard.hideCaption': 'опис',
  'storyboard.hideBadge': 'позиција (1 / 3)',
  'storyboard.hideMapLegend': 'легенда',
  'storyboard.briefingAlready': 'Сценариото веќе е вградениот брифинг „{title}“.',
  'storyboard.presentBriefing': 'Презентирај го вградениот брифинг: {title}',
  'storyboard.briefingButton': 'Вграден брифинг: {title}',
  'storyboard.briefingLoading': 'Се вчитува брифингот…',
  'storyboard.askLabel': 'Вашето сценарио има прикази',
  'storyboard.askText':
    'Вашето сценарио има {existing, plural, one {# приказ} other {# прикази}}. Да се стави брифингот ({count, plural, one {# приказ} other {# прикази}}) на нивно место (Врати ги враќа вашите) или по нив?',
  'storyboard.replace': 'Замени',
  'storyboard.addAfter': 'Додај по моите',
  'storyboard.cancel': 'Откажи',
  'storyboard.startLabel': 'Вграден брифинг',
  'storyboard.startText': 'Како рутата се поместувала меѓу Балканот и Средоземјето, приказ по приказ, со изворите на секоја бројка.',
  'storyboard.briefingReplaced':
    'Отворен е вградениот брифинг „{title}“: {count, plural, one {неговиот # приказ ги замени} other {неговите # прикази ги заменија}} вашите {before, number} во сценариото.',
  'storyboard.briefingAdded':
    'Вграден брифинг „{title}“: {count, plural, one {# приказ е додаден} other {# прикази се додадени}} по вашите {before, number}.',
  'storyboard.errorNotLoaded': 'Вградениот брифинг „{name}“ не можеше да се вчита ({file}: {reason}).',
  'storyboard.errorMissing':
    'Вградениот брифинг „{name}“ не е во оваа копија на RouteShift ({file}: HTTP {status}). Изградете ги податоците повторно со npm run build:data.',
  'storyboard.errorNotJson': 'Вградениот брифинг „{name}“ не можеше да се отвори: {file} не е валиден JSON.',
  'storyboard.errorInvalid': 'Вградениот брифинг „{name}“ не можеше да се отвори: {file} не е валидна приказна. {problems}.',
  'storyboard.errorInvalidMore':
    'Вградениот брифинг „{name}“ не можеше да се отвори: {file} не е валидна приказна. {problems} (и уште {more, number}).',
};
