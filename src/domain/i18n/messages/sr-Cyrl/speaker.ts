import type { AreaCatalogue } from '../area';
import type { speaker as english } from '../en/speaker';

export const speaker: AreaCatalogue<typeof english> = {
  'speaker.pageTitle': 'Приказ за говорника — RouteShift',
  'speaker.pageTitleAt': 'Приказ за говорника {position} — RouteShift',
  'speaker.position': '{position} / {count}',
  'speaker.keyNext': 'Следећи',
  'speaker.keyPrevious': 'Претходни',
  'speaker.keyFirstLast': 'Први / последњи',
  'speaker.keyBlank': 'Празан екран',
  'speaker.keys': 'Тастери',
  'speaker.waitingTitle': 'Ниједна презентација није у току',
  'speaker.waitingText':
    'Покрените је у прозору апликације RouteShift (Презентуј или P). Овај прозор је затим прати: приказ на екрану, следећи приказ, ваше белешке и време.',
  'speaker.endedTitle': 'Презентација је завршена',
  'speaker.closedText':
    'Прозор апликације RouteShift у којем је текла презентација затворен је или поново учитан. Поново покрените презентацију тамо и овај прозор ће је пратити.',
  'speaker.endedText': 'Поново покрените презентацију у прозору апликације RouteShift и овај прозор ће је пратити.',
  'speaker.notesPrivate': 'Белешке за говорника појављују се само овде, никад на екрану за публику.',
  'speaker.previous': '← Претходни',
  'speaker.next': 'Следећи →',
  'speaker.showScreen': 'Прикажи екран',
  'speaker.blank': 'Празан екран',
  'speaker.view': 'Приказ',
  'speaker.blanked': 'Екран за публику је затамњен',
  'speaker.nowLabel': 'Сада на екрану за публику',
  'speaker.now': 'Сада',
  'speaker.notesLabel': 'Белешке за говорника',
  'speaker.notes': 'Белешке',
  'speaker.noNotes': 'Нема бележака за овај приказ.',
  'speaker.nextLabel': 'Следећи приказ',
  'speaker.nextHeading': 'Следећи',
  'speaker.endOfStoryboard': 'Крај низа приказа',
  'speaker.elapsed': 'Протекло',
  'speaker.elapsedLabel': 'Протекло време {time}',
  'speaker.reset': 'Поништи',
  'speaker.popupBlocked':
    'Прегледач је блокирао прозор за говорника. Дозволите искачуће прозоре за ову страницу (икона блокираног искачућег прозора на крају адресне траке или подешавања сајта у прегледачу), затим поново притисните N или „Прозор за говорника“.',
};
