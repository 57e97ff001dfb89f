import type { AreaCatalogue } from '../area';
import type { handout as english } from '../en/handout';

export const handout: AreaCatalogue<typeof english> = {
  'handout.storyboardTitle':
    '{count, plural, one {Slijed prikaza, # prikaz} few {Slijed prikaza, # prikaza} other {Slijed prikaza, # prikaza}}',
  'handout.sourceNotDescribed': 'nije opisan u skupu podataka',
  'handout.kind': 'RouteShift · materijal uz slijed prikaza',
  'handout.readingGuide':
    'Svaki prikaz ima svoju stranicu: kartu kakvu aplikacija iscrtava za mjesece prikaza, njezin opis, legendu onoga što karta prikazuje te izvore opisa i podataka karte. Ključevi u [uglatim zagradama] upućuju na potpuni popis izvora na kraju.',
  'handout.untitledView': 'Prikaz bez naslova',
  'handout.contentsRow': '{number}. {title}',
  'handout.contentsRowWithPeriod': '{number}. {title} — {period}',
  'handout.contents': 'Sadržaj',
  'handout.contentsMore': '… i još {count}: svaka stranica navodi svoj prikaz',
  'handout.viewsMade': '{count, plural, one {# prikaz} few {# prikaza} other {# prikaza}} · izrađeno {made}',
  'handout.dataPeriod': 'Podaci: {period}',
  'handout.marking': 'Oznaka: {marking}',
  'handout.notesIncluded': 'Bilješke za govornika su uključene.',
  'handout.notesNotIncluded': 'Bilješke za govornika nisu uključene.',
  'handout.sourcesHeading': 'Izvori',
  'handout.continued': '{title} (nastavak)',
  'handout.licence': 'Licencija: {licence}',
  'handout.weakSource': 'Slab izvor.',
  'handout.sourcesIntro':
    'Svi izvori podataka u ovom materijalu, kako ih navodi ploča izvora u aplikaciji: {count, plural, one {# izvor} few {# izvora} other {# izvora}}. Ključevi u [uglatim zagradama] na stranicama prikaza i u bilješkama za govornika upućuju ovamo.',
  'handout.speakerNotes': 'Bilješke za govornika',
  'handout.continuedNote': 'Opis i bilješke za govornika nastavljaju se na sljedećoj stranici.',
  'handout.position': 'Prikaz {index} od {count}',
  'handout.periodAndPosition': '{period} · prikaz {index} od {count}',
  'handout.viewSources': 'Izvori: {sources}',
  'handout.furtherReports': '{count, plural, one {još # izvješće} few {još # izvješća} other {još # izvješća}}',
  'handout.mapData': 'Podaci karte: {parts}; svi su izvori navedeni na kraju ovog materijala.',
  'handout.legend': 'Legenda',
  'handout.page': 'Stranica {page} od {pages}',
  'handout.subject': 'Materijal uz slijed prikaza',
  'handout.runningTitle': '{title} · {made}',
};
