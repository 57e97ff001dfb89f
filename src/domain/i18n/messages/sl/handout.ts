import type { AreaCatalogue } from '../area';
import type { handout as english } from '../en/handout';

export const handout: AreaCatalogue<typeof english> = {
  'handout.storyboardTitle':
    '{count, plural, one {Zaporedje prizorov, # prizor} two {Zaporedje prizorov, # prizora} few {Zaporedje prizorov, # prizori} other {Zaporedje prizorov, # prizorov}}',
  'handout.sourceNotDescribed': 'v naboru podatkov ni opisan',
  'handout.kind': 'RouteShift · izroček zaporedja prizorov',
  'handout.readingGuide':
    'Vsak prizor ima svojo stran: karto, kot jo aplikacija izriše za mesece prizora, njen opis, legendo prikazanega na karti ter vire opisa in podatkov karte. Ključi v [oglatih oklepajih] se nanašajo na celoten seznam virov na koncu.',
  'handout.untitledView': 'Prizor brez naslova',
  'handout.contentsRow': '{number}. {title}',
  'handout.contentsRowWithPeriod': '{number}. {title} — {period}',
  'handout.contents': 'Vsebina',
  'handout.contentsMore': '… in še {count}: vsaka stran navaja svoj prizor',
  'handout.viewsMade': '{count, plural, one {# prizor} two {# prizora} few {# prizori} other {# prizorov}} · izdelano {made}',
  'handout.dataPeriod': 'Podatki: {period}',
  'handout.marking': 'Oznaka: {marking}',
  'handout.notesIncluded': 'Opombe za govorca so vključene.',
  'handout.notesNotIncluded': 'Opombe za govorca niso vključene.',
  'handout.sourcesHeading': 'Viri',
  'handout.continued': '{title} (nadaljevanje)',
  'handout.licence': 'Licenca: {licence}',
  'handout.weakSource': 'Šibek vir.',
  'handout.sourcesIntro':
    'Vsi viri podatkov v tem izročku, kot jih navaja plošča virov v aplikaciji: {count, plural, one {# vir} two {# vira} few {# viri} other {# virov}}. Ključi v [oglatih oklepajih] na straneh prizorov in v opombah za govorca kažejo sem.',
  'handout.speakerNotes': 'Opombe za govorca',
  'handout.continuedNote': 'Opis in opombe za govorca se nadaljujejo na naslednji strani.',
  'handout.position': 'Prizor {index} od {count}',
  'handout.periodAndPosition': '{period} · prizor {index} od {count}',
  'handout.viewSources': 'Viri: {sources}',
  'handout.furtherReports': '{count, plural, one {še # poročilo} two {še # poročili} few {še # poročila} other {še # poročil}}',
  'handout.mapData': 'Podatki karte: {parts}; vsi viri so navedeni na koncu tega izročka.',
  'handout.legend': 'Legenda',
  'handout.page': 'Stran {page} od {pages}',
  'handout.subject': 'Izroček zaporedja prizorov',
  'handout.runningTitle': '{title} · {made}',
};
