import type { AreaCatalogue } from '../area';
import type { screenText as english } from '../en/screen-text';

export const screenText: AreaCatalogue<typeof english> = {
  'screenText.demoUnreadable': '{file} ließ sich nicht lesen: {reason}',
  'screenText.demoNotJson': '{file} ist kein gültiges JSON',
  'screenText.demoNotDataset': '{file} ist kein RouteShift-Datensatz: {problem} (erstellen Sie ihn mit npm run build:data neu)',
  'screenText.labelsUnreadable': '{url} ließ sich nicht laden: {reason}',
  'screenText.labelsNotList': '{url} ist keine Liste von Beschriftungen',
  'screenText.loadingFont': 'Schrift wird geladen',
  'screenText.videoEmpty': 'Die Videodatei ist leer geblieben.',
  'screenText.storyboardEmpty': 'Das Storyboard hat noch keine Ansichten: Halten Sie zuerst eine Ansicht fest.',
  'screenText.noCanvas': 'Dieser Browser kann nicht auf einer 2D-Canvas zeichnen.',
  'screenText.fontNotLoaded': 'die Schrift des Handouts ließ sich nicht laden ({path}: {reason})',
  'screenText.fontMissing': 'die Schrift des Handouts fehlt in dieser RouteShift-Kopie ({path}: HTTP {status})',
  'screenText.fontNotTrueType': 'die Schrift des Handouts {path} ist keine TrueType-Schrift',
  'screenText.storyboardEdge': '{edge, select, last {Letzte Ansicht des Storyboards: PageDown/PageUp gehen nicht weiter.} other {Erste Ansicht des Storyboards: PageDown/PageUp gehen nicht weiter.}}',
  'screenText.reportedPersons': 'gemeldete Personen',
  'screenText.exportIncidentName': 'Vorfall vom {date}',
  'screenText.exportDeadAndMissing': 'Tote und Vermisste',
  'screenText.exportSegmentUnit': '{scope, select, routeTotal {{unit} ({series}, ganze Route)} corridor {{unit} ({series}, die eigene gemeldete Zahl des Korridors)} other {{unit} ({series})}}',
  'screenText.exportRouteContext': 'Routenkontext, keine Zahl',
  'screenText.exportStatusUnit': '{endUnknown, select, yes {Status im {month} (Ende unbekannt: in diesem Monat nicht bestätigt)} other {Status im {month}}}',
  'screenText.changeClass': '{change, select, new {Neu} vanished {Verschwunden (gestrichelt)} grown {Gewachsen} shrunk {Geschrumpft} other {Unverändert}}',
  'screenText.thisPresentationFile': 'diese Präsentationsdatei',
  'screenText.noData': 'Keine Daten',
};
