import type { AreaCatalogue } from '../area';
import type { sources as english } from '../en/sources';

export const sources: AreaCatalogue<typeof english> = {
  'sources.heading': 'Izvori',
  'sources.weak': 'slab izvor',
  'sources.notListed': 'nije naveden u skupu podataka',
  'sources.title': 'Izvori i licence',
  'sources.close': 'Zatvori izvore',
  'sources.dataAsOf': '{name}. Stanje podataka: {date}; mjeseci od {from} do {to}.',
  'sources.datasets': 'Skupovi podataka',
  'sources.dataDate': 'Datum podataka: {date}.',
  'sources.notStated': 'nije navedeno',
  'sources.licence': 'Licenca / uslovi: {licence}',
  'sources.naturalEarth':
    'Natural Earth 1:50m države, kopnene granice, rijeke i jezera; naseljena mjesta 1:10m i 1:50m. Javno dobro (public domain).',
  'sources.references': 'Citirane reference ({count})',
  'sources.referencesNote': 'Koridori, mjesta, događaji i cijene potiču iz referentnog dokumenta projekta o rutama, svaka činjenica s ovim ključevima citata.',
  'sources.citedAsReference': 'citirano kao referenca (činjenice i link; sadržaj nije kopiran)',
  'sources.quality': '{quality, select, primary {primarni} secondary {sekundarni} weak {slab} dataset {skup podataka} other {{quality}}}',
};
