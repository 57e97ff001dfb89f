import type { AreaCatalogue } from '../area';
import type { speaker as english } from '../en/speaker';

export const speaker: AreaCatalogue<typeof english> = {
  'speaker.pageTitle': 'Приказ за говорникот — RouteShift',
  'speaker.pageTitleAt': 'Приказ за говорникот {position} — RouteShift',
  'speaker.position': '{position} / {count}',
  'speaker.keyNext': 'Следен',
  'speaker.keyPrevious': 'Претходен',
  'speaker.keyFirstLast': 'Прв / последен',
  'speaker.keyBlank': 'Празен екран',
  'speaker.keys': 'Копчиња',
  'speaker.waitingTitle': 'Не тече презентација',
  'speaker.waitingText':
    'Започнете ја во прозорецот на RouteShift (Презентирај или P). Овој прозорец потоа ја следи: приказот на екранот, следниот, вашите белешки и времето.',
  'speaker.endedTitle': 'Презентацијата заврши',
  'speaker.closedText':
    'Прозорецот на RouteShift во кој се презентираше е затворен или повторно вчитан. Презентирајте повторно таму и овој прозорец ќе ја следи.',
  'speaker.endedText': 'Презентирајте повторно во прозорецот на RouteShift и овој прозорец ќе ја следи.',
  'speaker.notesPrivate': 'Белешките за говорникот се појавуваат само тука, никогаш на екранот за публиката.',
  'speaker.previous': '← Претходен',
  'speaker.next': 'Следен →',
  'speaker.showScreen': 'Прикажи екран',
  'speaker.blank': 'Празен екран',
  'speaker.view': 'Приказ',
  'speaker.blanked': 'Екранот за публиката е празен',
  'speaker.nowLabel': 'Сега на екранот за публиката',
  'speaker.now': 'Сега',
  'speaker.notesLabel': 'Белешки за говорникот',
  'speaker.notes': 'Белешки',
  'speaker.noNotes': 'Нема белешки за овој приказ.',
  'speaker.nextLabel': 'Следен приказ',
  'speaker.nextHeading': 'Следен',
  'speaker.endOfStoryboard': 'Крај на сценариото',
  'speaker.elapsed': 'Изминато',
  'speaker.elapsedLabel': 'Изминато време {time}',
  'speaker.reset': 'Ресетирај',
  'speaker.popupBlocked':
    'Прелистувачот го блокираше прозорецот за говорникот. Дозволете скокачки прозорци за оваа страница (иконата за блокиран скокачки прозорец на крајот од лентата за адреси или поставките за страницата во прелистувачот), а потоа повторно притиснете N или „Прозорец за говорникот“.',
};
