import type { AreaCatalogue } from '../area';
import type { handout as english } from '../en/handout';

export const handout: AreaCatalogue<typeof english> = {
  'handout.storyboardTitle': '{count, plural, one {Storyboard, # Ansicht} other {Storyboard, # Ansichten}}',
  'handout.sourceNotDescribed': 'im Datensatz nicht beschrieben',
  'handout.kind': 'RouteShift · Storyboard-Handout',
  'handout.readingGuide':
    'Jede Ansicht hat eine Seite: die Karte, wie die App sie für die Monate der Ansicht zeichnet, ihre Beschriftung, eine Legende zu dem, was die Karte zeigt, sowie die Quellen der Beschriftung und der Kartendaten. Schlüssel in [eckigen Klammern] verweisen auf das vollständige Quellenverzeichnis am Ende.',
  'handout.untitledView': 'Ansicht ohne Titel',
  'handout.contentsRow': '{number}. {title}',
  'handout.contentsRowWithPeriod': '{number}. {title} — {period}',
  'handout.contents': 'Inhalt',
  'handout.contentsMore': '… und {count} weitere: Jede Seite nennt ihre Ansicht',
  'handout.viewsMade': '{count, plural, one {# Ansicht} other {# Ansichten}} · erstellt am {made}',
  'handout.dataPeriod': 'Daten: {period}',
  'handout.marking': 'Kennzeichnung: {marking}',
  'handout.notesIncluded': 'Vortragsnotizen sind enthalten.',
  'handout.notesNotIncluded': 'Vortragsnotizen sind nicht enthalten.',
  'handout.sourcesHeading': 'Quellen',
  'handout.continued': '{title} (Fortsetzung)',
  'handout.licence': 'Lizenz: {licence}',
  'handout.weakSource': 'Schwache Quelle.',
  'handout.sourcesIntro':
    '{count, plural, one {Die einzige Quelle} other {Alle # Quellen}} der Daten in diesem Handout, wie der Quellenbereich der App sie aufführt. Die Schlüssel in [eckigen Klammern] auf den Ansichtsseiten und in den Vortragsnotizen verweisen hierher.',
  'handout.speakerNotes': 'Vortragsnotizen',
  'handout.continuedNote': 'Beschriftung und Vortragsnotizen werden auf der nächsten Seite fortgesetzt.',
  'handout.position': 'Ansicht {index} von {count}',
  'handout.periodAndPosition': '{period} · Ansicht {index} von {count}',
  'handout.viewSources': 'Quellen: {sources}',
  'handout.furtherReports': '{count, plural, one {# weiterer Bericht} other {# weitere Berichte}}',
  'handout.mapData': 'Kartendaten: {parts}; alle Quellen sind am Ende dieses Handouts aufgeführt.',
  'handout.legend': 'Legende',
  'handout.page': 'Seite {page} von {pages}',
  'handout.subject': 'Storyboard-Handout',
  'handout.runningTitle': '{title} · {made}',
};
