import type { AreaCatalogue } from '../area';
import type { importNotes as english } from '../en/import-notes';

export const importNotes: AreaCatalogue<typeof english> = {
  'importNotes.datasetName': 'Dati importati',
  'importNotes.sourceTitle': 'File dell\'utente {file}',
  'importNotes.sourceLicence': 'Dati dell\'utente (restano in questo browser)',
  'importNotes.crossingAt': 'Valico di frontiera a {lat}, {lon}',
  'importNotes.placeAt': 'Luogo a {lat}, {lon}',
  'importNotes.safeHouseAt': 'Casa sicura a {lat}, {lon}',
  'importNotes.areaAt': 'Area a {lat}, {lon}',
  'importNotes.area': 'Area',
  'importNotes.lineEndAt': 'Estremità di linea a {lat}, {lon}',
  'importNotes.datedInFile': '{same, select, yes {Datato nel file: {from} (i luoghi sono mostrati in ogni mese).} other {Datato nel file: da {from} a {to} (i luoghi sono mostrati in ogni mese).}}',
  'importNotes.namedInFile': 'Nome nel file: {name}.',
  'importNotes.countriesInFile': 'Paesi indicati nel file: {countries}.',
  'importNotes.locationInFile': 'Posizione indicata nel file: {lat}, {lon}.',
  'importNotes.sourceInFile': 'Fonte indicata nel file: {source}.',
  'importNotes.madeWorkspacePlace': 'Creato dall\'importazione: luogo \'\'{name}\'\' dell\'area di lavoro nominato da un segmento di {file}, alle sue coordinate al momento dell\'importazione.',
  'importNotes.madeNamedLineEnd': 'Creato dall\'importazione: estremità di una linea in {file}, lì chiamata \'\'{name}\'\'.',
  'importNotes.madeLineEnd': 'Creato dall\'importazione: estremità di una linea in {file}, che qui non nomina alcun luogo.',
  'importNotes.madeTown': 'Creato dall\'importazione: la località della casa sicura {id} in {file}.',
  'importNotes.madeNamedCorridor': 'Creato dall\'importazione: corridoio nominato in {file}.',
  'importNotes.madeFileCorridor': 'Creato dall\'importazione: le linee di {file} che non nominano un corridoio.',
  'importNotes.segmentNeedsLine': 'un segmento richiede una linea',
  'importNotes.madeFlowCorridor': 'Creato dall\'importazione: i flussi di {file} tra i luoghi di {where}, ciascuno disegnato come linea retta tra i suoi due luoghi (non il percorso seguito).',
  'importNotes.flowTotal': 'Totale indicato in {file}: {total} ({unit}), totale senza date; non distribuito sui mesi.',
  'importNotes.flowPair': 'Flusso da {origin} a {dest}, disegnato come linea retta tra i due luoghi.',
};
