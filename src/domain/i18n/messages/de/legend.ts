import type { AreaCatalogue } from '../area';
import type { legend as english } from '../en/legend';

export const legend: AreaCatalogue<typeof english> = {
  'legend.layers': 'Ebenen',
  'legend.flowAnimation': 'Stromanimation (Partikel, dichter, wo die Zahl größer ist)',
  'legend.label': 'Legende',
  'legend.landLeg': 'Landabschnitt',
  'legend.seaLeg': 'Seeabschnitt',
  'legend.width':
    'Breite: Frontex-Aufgriffe dieses Monats auf der Route und an der Grenze (Land oder See), wo der Abschnitt gezählt wird; gesamte Route, nicht der Anteil des Abschnitts (oder die eigene gemeldete Zahl eines Korridors, wie sein Bereich angibt). √-Skala, breiteste = {widest}. Ohne Breite: Routenkontext.',
  'legend.routeContext': 'Routenkontext: kein Grenzübertritt auf dem Abschnitt gezählt, keine Zahl gezeichnet',
  'legend.routeFlows': '{legend}.',
  'legend.otherRoutes': 'Andere Routen',
  'legend.crossingStatus': 'Grenzübergang: {status}',
  'legend.hub': 'Drehkreuz, Lager, Anlandung (hohl: ungefährer Ort)',
  'legend.safeHouse': 'Unterschlupf — illustrativ',
  'legend.incident': 'Vorfall, Größe nach Toten und Vermissten (IOM)',
  'legend.areas': 'Gebiet (Grenzzone, Lager, Einsatzgebiet, Bezirk): in seinen Monaten; ohne Daten in jedem Monat',
  'legend.bins':
    'Herausgezoomt (unter Zoomstufe {zoom}): Vorfälle je {degrees}°-Zelle und Monat gruppiert; Fläche nach Anzahl der Vorfälle (die vollste Zelle am größten). Hineinzoomen, um jeden einzeln zu sehen.',
  'legend.candidatesToggle': 'Mögliche Grenzübergänge, abgeleitet, wo ein Abschnitt eine Grenze ohne Grenzübergang in den Daten im Umkreis von 25 km quert',
  'legend.candidatesList': 'Mögliche Grenzübergänge',
  'legend.candidatesNone': 'Keine in den angezeigten Daten.',
  'legend.candidate': '{from} → {to} bei {lat}, {lon} ({segments})',
  'legend.candidatesMore': 'und {count} weitere',
  'legend.candidatesCaveat': 'Aus geraden Linien zwischen Orten abgeleitet: ein zu prüfender Hinweis, kein durch eine Quelle belegter Grenzübergang.',
};
