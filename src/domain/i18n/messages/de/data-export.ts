import type { AreaCatalogue } from '../area';
import type { dataExport as english } from '../en/data-export';

export const dataExport: AreaCatalogue<typeof english> = {
  'dataExport.monthsRange': '{from} bis {to}',
  'dataExport.noteVolumes':
    'Die Werte der Abschnitte sind die Zahlen der jeweils genannten Stromreihe; eine Reihe für die gesamte Route ist nicht der Anteil des einzelnen Abschnitts.',
  'dataExport.noteSafeHouses': 'Unterschlupfe sind illustrativ: Keine öffentliche Quelle nennt ihre Lage.',
  'dataExport.noteEvents': 'Datierte Ereignisse sind enthalten, wenn ihr Monat zu den exportierten Monaten gehört.',
  'dataExport.noteSchematic':
    'Als schematisch gekennzeichnete Abschnitte sind Ströme je Route: Ihre Linie verbindet Ausgangs- und Zielgebiet der Route und ist kein Weg.',
  'dataExport.csvTitle': '{app}: Export der auf der Karte sichtbaren Inhalte',
  'dataExport.csvGenerated': 'Erstellt: {generatedAt}',
  'dataExport.csvMonths': 'Monate: {months}',
  'dataExport.csvLayers': 'Ebenen: {layers}',
  'dataExport.csvNoLayers': 'Ebenen: keine',
  'dataExport.csvDataDate': 'Datenstand: {dataDate}',
  'dataExport.csvSource': 'Quelle {key}: {title} — Lizenz: {licence}',
  'dataExport.licenceNotStated': 'nicht angegeben',
  'dataExport.sourceNotDescribed': 'Im Datensatz nicht beschrieben',
};
