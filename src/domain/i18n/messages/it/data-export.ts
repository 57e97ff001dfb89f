import type { AreaCatalogue } from '../area';
import type { dataExport as english } from '../en/data-export';

export const dataExport: AreaCatalogue<typeof english> = {
  'dataExport.monthsRange': 'da {from} a {to}',
  'dataExport.noteVolumes':
    'I volumi dei segmenti sono i dati della serie di flussi indicata; una serie relativa all’intera rotta non è la quota propria del segmento.',
  'dataExport.noteSafeHouses': 'Le case sicure sono illustrative: nessuna fonte pubblica ne indica la posizione.',
  'dataExport.noteEvents': 'Gli eventi datati sono inclusi quando il loro mese è tra i mesi esportati.',
  'dataExport.noteSchematic':
    'I segmenti contrassegnati come schematici sono flussi per rotta: la loro linea unisce le aree di partenza e di arrivo della rotta e non è un percorso.',
  'dataExport.csvTitle': '{app}: esportazione di ciò che è visibile sulla mappa',
  'dataExport.csvGenerated': 'Generato: {generatedAt}',
  'dataExport.csvMonths': 'Mesi: {months}',
  'dataExport.csvLayers': 'Livelli: {layers}',
  'dataExport.csvNoLayers': 'Livelli: nessuno',
  'dataExport.csvDataDate': 'Data dei dati: {dataDate}',
  'dataExport.csvSource': 'Fonte {key}: {title} — licenza: {licence}',
  'dataExport.licenceNotStated': 'non indicata',
  'dataExport.sourceNotDescribed': 'Non descritta nel set di dati',
};
