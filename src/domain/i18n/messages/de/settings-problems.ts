import type { AreaCatalogue } from '../area';
import type { settingsProblems as english } from '../en/settings-problems';

export const settingsProblems: AreaCatalogue<typeof english> = {
  'settings.unknownLinkVersion': 'Link-Version „{version}“ ist unbekannt',
  'settings.notAMonth': 'Monat „{value}“ ist kein Monat (JJJJ-MM)',
  'settings.unknownLayers': '{count, plural, one {unbekannte Ebene: {layers}} other {unbekannte Ebenen: {layers}}}',
  'settings.badTimeWindow': 'Zeitfenster „{value}“ ist weder range:JJJJ-MM noch since:JJJJ-MM',
  'settings.badTrail': 'Spur „{value}“ ist weder 1 noch 0',
  'settings.badComparison': 'Vergleich „{value}“ ist weder prev noch JJJJ-MM',
  'settings.badSideBySideMonth': 'Nebeneinander-Monat „{value}“ ist nicht JJJJ-MM',
  'settings.badChart': 'Diagramm „{value}“ ist weder detections, share, yoy noch unhcr',
  'settings.badMapPosition': 'Kartenposition „{value}“ ist nicht lon,lat,zoom',
  'settings.badSelection': 'Auswahl „{value}“ ist nicht verständlich',
  'settings.unknownFilter': 'unbekannter Filter „{key}“',
  'settings.badConfidence': 'Verlässlichkeit „{values}“ ist weder high, medium noch low',
  'settings.monthOutside': '{what, select, windowStart {Fensterbeginn {month} liegt außerhalb der Daten ({from} bis {to}); der nächstgelegene Monat wird gezeigt} comparison {Vergleichsmonat {month} liegt außerhalb der Daten ({from} bis {to}); der nächstgelegene Monat wird gezeigt} sideBySide {Nebeneinander-Monat {month} liegt außerhalb der Daten ({from} bis {to}); der nächstgelegene Monat wird gezeigt} other {Monat {month} liegt außerhalb der Daten ({from} bis {to}); der nächstgelegene Monat wird gezeigt}}',
  'settings.selectionMissing': 'kein „{id}“ ({kind}) in den Daten',
  'settings.unknownLanguage': 'unbekannte Sprache: {language}',
  'settings.viewProblems': 'Ansicht „{title}“: {problems}.',
};
