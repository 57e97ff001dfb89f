import type { AreaCatalogue } from '../area';
import type { handout as english } from '../en/handout';

export const handout: AreaCatalogue<typeof english> = {
  'handout.storyboardTitle': '{count, plural, one {Сценарио, # приказ} other {Сценарио, # прикази}}',
  'handout.sourceNotDescribed': 'не е опишан во збирот податоци',
  'handout.kind': 'RouteShift · печатен материјал од сценариото',
  'handout.readingGuide':
    'Секој приказ има своја страница: картата како што ја исцртува апликацијата за месеците на приказот, нејзиниот опис, легенда на она што го прикажува картата и изворите на описот и на податоците на картата. Клучевите во [загради] упатуваат на целосниот список извори на крајот.',
  'handout.untitledView': 'Приказ без наслов',
  'handout.contentsRow': '{number}. {title}',
  'handout.contentsRowWithPeriod': '{number}. {title} — {period}',
  'handout.contents': 'Содржина',
  'handout.contentsMore': '… и уште {count}: секоја страница го именува својот приказ',
  'handout.viewsMade': '{count, plural, one {# приказ} other {# прикази}} · изработено {made}',
  'handout.dataPeriod': 'Податоци: {period}',
  'handout.marking': 'Ознака: {marking}',
  'handout.notesIncluded': 'Белешките за говорникот се вклучени.',
  'handout.notesNotIncluded': 'Белешките за говорникот не се вклучени.',
  'handout.sourcesHeading': 'Извори',
  'handout.continued': '{title} (продолжение)',
  'handout.licence': 'Лиценца: {licence}',
  'handout.weakSource': 'Слаб извор.',
  'handout.sourcesIntro':
    '{count, plural, one {Сите # извор} other {Сите # извори}} на податоците во овој материјал, како што ги наведува панелот со извори во апликацијата. Клучевите во [загради] на страниците со прикази и во белешките за говорникот упатуваат тука.',
  'handout.speakerNotes': 'Белешки за говорникот',
  'handout.continuedNote': 'Описот и белешките за говорникот продолжуваат на следната страница.',
  'handout.position': 'Приказ {index} од {count}',
  'handout.periodAndPosition': '{period} · приказ {index} од {count}',
  'handout.viewSources': 'Извори: {sources}',
  'handout.furtherReports': '{count, plural, one {уште # извештај} other {уште # извештаи}}',
  'handout.mapData': 'Податоци на картата: {parts}; секој извор е наведен на крајот од овој материјал.',
  'handout.legend': 'Легенда',
  'handout.page': 'Страница {page} од {pages}',
  'handout.subject': 'Печатен материјал од сценариото',
  'handout.runningTitle': '{title} · {made}',
};
