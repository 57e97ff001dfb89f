import type { AreaCatalogue } from '../area';
import type { importNotes as english } from '../en/import-notes';

export const importNotes: AreaCatalogue<typeof english> = {
  'importNotes.datasetName': 'Importierte Daten',
  'importNotes.sourceTitle': 'Eigene Datei {file}',
  'importNotes.sourceLicence': 'Eigene Daten (bleiben in diesem Browser)',
  'importNotes.crossingAt': 'Grenzübergang bei {lat}, {lon}',
  'importNotes.placeAt': 'Ort bei {lat}, {lon}',
  'importNotes.safeHouseAt': 'Unterschlupf bei {lat}, {lon}',
  'importNotes.areaAt': 'Gebiet bei {lat}, {lon}',
  'importNotes.area': 'Gebiet',
  'importNotes.lineEndAt': 'Linienende bei {lat}, {lon}',
  'importNotes.datedInFile': '{same, select, yes {In der Datei datiert: {from} (Orte werden in jedem Monat angezeigt).} other {In der Datei datiert: {from} bis {to} (Orte werden in jedem Monat angezeigt).}}',
  'importNotes.namedInFile': 'In der Datei benannt: {name}.',
  'importNotes.countriesInFile': 'In der Datei angegebene Länder: {countries}.',
  'importNotes.locationInFile': 'In der Datei angegebene Position: {lat}, {lon}.',
  'importNotes.sourceInFile': 'In der Datei angegebene Quelle: {source}.',
  'importNotes.madeWorkspacePlace': 'Vom Import angelegt: Ort \'\'{name}\'\' des Arbeitsbereichs, genannt von einem Abschnitt aus {file}, an seinen Koordinaten zum Zeitpunkt des Imports.',
  'importNotes.madeNamedLineEnd': 'Vom Import angelegt: Ende einer Linie in {file}, dort \'\'{name}\'\' genannt.',
  'importNotes.madeLineEnd': 'Vom Import angelegt: Ende einer Linie in {file}, die hier keinen Ort nennt.',
  'importNotes.madeTown': 'Vom Import angelegt: der Ort des Unterschlupfs {id} in {file}.',
  'importNotes.madeNamedCorridor': 'Vom Import angelegt: in {file} genannter Korridor.',
  'importNotes.madeFileCorridor': 'Vom Import angelegt: die Linien aus {file}, die keinen Korridor nennen.',
  'importNotes.segmentNeedsLine': 'ein Abschnitt braucht eine Linie',
  'importNotes.madeFlowCorridor': 'Vom Import angelegt: die Ströme aus {file} zwischen den Orten aus {where}, jeder als gerade Linie zwischen seinen beiden Orten gezeichnet (nicht der genommene Weg).',
  'importNotes.flowTotal': 'In {file} angegebene Summe: {total} ({unit}), Summe ohne Datum; nicht auf Monate verteilt.',
  'importNotes.flowPair': 'Strom von {origin} nach {dest}, als gerade Linie zwischen den beiden Orten gezeichnet.',
};
