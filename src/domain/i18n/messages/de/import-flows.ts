import type { AreaCatalogue } from '../area';
import type { importFlows as english } from '../en/import-flows';

export const importFlows: AreaCatalogue<typeof english> = {
  'importFlows.routeEmpty': 'der Routenname ist leer',
  'importFlows.needsMonth': 'ein Monatswert braucht einen Monat, gefunden das Jahr \'\'{year}\'\'',
  'importFlows.secondValue': 'ein zweiter Wert für \'\'{route}\'\' im {month} (zuerst in Zeile {line})',
  'importFlows.totalOnly': 'keine Zeitspalte: die Anzahl ist eine Summe für einen unbekannten Zeitraum',
  'importFlows.totalShown': 'in jedem Monat gezeigt, die Summe in den Notizen (nicht auf Monate verteilt)',
  'importFlows.endEmpty': '{role, select, origin {der Ursprung (origin) ist leer} other {das Ziel (dest) ist leer}}',
  'importFlows.unknownLocation': '{role, select, origin {Ursprung \'\'{key}\'\' ist nicht unter den Orten in {files}} other {Ziel \'\'{key}\'\' ist nicht unter den Orten in {files}}}',
  'importFlows.samePlace': 'Ursprung und Ziel sind derselbe Ort \'\'{id}\'\': ein Strom innerhalb eines Ortes hat keine Linie zum Zeichnen',
  'importFlows.countEmpty': 'die Anzahl ist leer',
  'importFlows.secondCount': 'eine zweite Anzahl für {origin} → {dest} (zuerst in Zeile {line}); Werte werden nie addiert',
  'importFlows.secondMonth': 'ein zweiter Wert im {month} für {origin} → {dest} (zuerst in Zeile {line}); Werte werden nie addiert',
};
