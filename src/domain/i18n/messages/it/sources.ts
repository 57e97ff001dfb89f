import type { AreaCatalogue } from '../area';
import type { sources as english } from '../en/sources';

/** Apostrophes are typographic (’): an ASCII ' before { or # would open an ICU quote. */
export const sources: AreaCatalogue<typeof english> = {
  'sources.heading': 'Fonti',
  'sources.weak': 'fonte debole',
  'sources.notListed': 'non elencata nel set di dati',
  'sources.title': 'Fonti e licenze',
  'sources.close': 'Chiudi le fonti',
  'sources.dataAsOf': '{name}. Dati aggiornati al {date}; mesi da {from} a {to}.',
  'sources.datasets': 'Set di dati',
  'sources.dataDate': 'Data dei dati: {date}.',
  'sources.notStated': 'non indicata',
  'sources.licence': 'Licenza / condizioni: {licence}',
  'sources.naturalEarth': 'Natural Earth 1:50m: paesi, confini terrestri, fiumi e laghi; centri abitati 1:10m e 1:50m. Pubblico dominio.',
  'sources.references': 'Riferimenti citati ({count})',
  'sources.referencesNote': 'Corridoi, luoghi, eventi e prezzi provengono dal riferimento sulle rotte del progetto, ogni fatto con queste chiavi di citazione.',
  'sources.citedAsReference': 'citato come riferimento (fatti e un link; nessun contenuto copiato)',
  'sources.quality': '{quality, select, primary {primaria} secondary {secondaria} weak {debole} dataset {set di dati} other {{quality}}}',
};
