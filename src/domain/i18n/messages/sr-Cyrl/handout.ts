import type { AreaCatalogue } from '../area';
import type { handout as english } from '../en/handout';

export const handout: AreaCatalogue<typeof english> = {
  'handout.storyboardTitle':
    '{count, plural, one {Низ приказа, # приказ} few {Низ приказа, # приказа} other {Низ приказа, # приказа}}',
  'handout.sourceNotDescribed': 'није описан у скупу података',
  'handout.kind': 'RouteShift · материјал уз низ приказа',
  'handout.readingGuide':
    'Сваки приказ има своју страну: мапу какву апликација исцртава за месеце приказа, њен опис, легенду онога што мапа приказује и изворе описа и података мапе. Кључеви у [угластим заградама] упућују на потпуни списак извора на крају.',
  'handout.untitledView': 'Приказ без наслова',
  'handout.contentsRow': '{number}. {title}',
  'handout.contentsRowWithPeriod': '{number}. {title} — {period}',
  'handout.contents': 'Садржај',
  'handout.contentsMore': '… и још {count}: свака страна наводи свој приказ',
  'handout.viewsMade': '{count, plural, one {# приказ} few {# приказа} other {# приказа}} · израђено {made}',
  'handout.dataPeriod': 'Подаци: {period}',
  'handout.marking': 'Ознака: {marking}',
  'handout.notesIncluded': 'Белешке за говорника су укључене.',
  'handout.notesNotIncluded': 'Белешке за говорника нису укључене.',
  'handout.sourcesHeading': 'Извори',
  'handout.continued': '{title} (наставак)',
  'handout.licence': 'Лиценца: {licence}',
  'handout.weakSource': 'Слаб извор.',
  'handout.sourcesIntro':
    'Сви извори података у овом материјалу, како их наводи панел извора у апликацији: {count, plural, one {# извор} few {# извора} other {# извора}}. Кључеви у [угластим заградама] на странама приказа и у белешкама за говорника упућују овде.',
  'handout.speakerNotes': 'Белешке за говорника',
  'handout.continuedNote': 'Опис и белешке за говорника настављају се на следећој страни.',
  'handout.position': 'Приказ {index} од {count}',
  'handout.periodAndPosition': '{period} · приказ {index} од {count}',
  'handout.viewSources': 'Извори: {sources}',
  'handout.furtherReports': '{count, plural, one {још # извештај} few {још # извештаја} other {још # извештаја}}',
  'handout.mapData': 'Подаци мапе: {parts}; сви извори су наведени на крају овог материјала.',
  'handout.legend': 'Легенда',
  'handout.page': 'Страна {page} од {pages}',
  'handout.subject': 'Материјал уз низ приказа',
  'handout.runningTitle': '{title} · {made}',
};
