import type { AreaCatalogue } from '../area';
import type { handout as english } from '../en/handout';

export const handout: AreaCatalogue<typeof english> = {
  'handout.storyboardTitle':
    '{count, plural, one {Niz prikaza, # prikaz} few {Niz prikaza, # prikaza} other {Niz prikaza, # prikaza}}',
  'handout.sourceNotDescribed': 'nije opisan u skupu podataka',
  'handout.kind': 'RouteShift · materijal uz niz prikaza',
  'handout.readingGuide':
    'Svaki prikaz ima svoju stranu: mapu kakvu aplikacija iscrtava za mesece prikaza, njen opis, legendu onoga što mapa prikazuje i izvore opisa i podataka mape. Ključevi u [uglastim zagradama] upućuju na potpuni spisak izvora na kraju.',
  'handout.untitledView': 'Prikaz bez naslova',
  'handout.contentsRow': '{number}. {title}',
  'handout.contentsRowWithPeriod': '{number}. {title} — {period}',
  'handout.contents': 'Sadržaj',
  'handout.contentsMore': '… i još {count}: svaka strana navodi svoj prikaz',
  'handout.viewsMade': '{count, plural, one {# prikaz} few {# prikaza} other {# prikaza}} · izrađeno {made}',
  'handout.dataPeriod': 'Podaci: {period}',
  'handout.marking': 'Oznaka: {marking}',
  'handout.notesIncluded': 'Beleške za govornika su uključene.',
  'handout.notesNotIncluded': 'Beleške za govornika nisu uključene.',
  'handout.sourcesHeading': 'Izvori',
  'handout.continued': '{title} (nastavak)',
  'handout.licence': 'Licenca: {licence}',
  'handout.weakSource': 'Slab izvor.',
  'handout.sourcesIntro':
    'Svi izvori podataka u ovom materijalu, kako ih navodi panel izvora u aplikaciji: {count, plural, one {# izvor} few {# izvora} other {# izvora}}. Ključevi u [uglastim zagradama] na stranama prikaza i u beleškama za govornika upućuju ovde.',
  'handout.speakerNotes': 'Beleške za govornika',
  'handout.continuedNote': 'Opis i beleške za govornika nastavljaju se na sledećoj strani.',
  'handout.position': 'Prikaz {index} od {count}',
  'handout.periodAndPosition': '{period} · prikaz {index} od {count}',
  'handout.viewSources': 'Izvori: {sources}',
  'handout.furtherReports': '{count, plural, one {još # izveštaj} few {još # izveštaja} other {još # izveštaja}}',
  'handout.mapData': 'Podaci mape: {parts}; svi izvori su navedeni na kraju ovog materijala.',
  'handout.legend': 'Legenda',
  'handout.page': 'Strana {page} od {pages}',
  'handout.subject': 'Materijal uz niz prikaza',
  'handout.runningTitle': '{title} · {made}',
};
