import type { AreaCatalogue } from '../area';
import type { sources as english } from '../en/sources';

export const sources: AreaCatalogue<typeof english> = {
  'sources.heading': 'Izvori',
  'sources.weak': 'slab izvor',
  'sources.notListed': 'nije naveden u skupu podataka',
  'sources.title': 'Izvori i licencije',
  'sources.close': 'Zatvori izvore',
  'sources.dataAsOf': '{name}. Stanje podataka: {date}; mjeseci od {from} do {to}.',
  'sources.datasets': 'Skupovi podataka',
  'sources.dataDate': 'Datum podataka: {date}.',
  'sources.notStated': 'nije navedeno',
  'sources.licence': 'Licencija / uvjeti: {licence}',
  'sources.naturalEarth':
    'Natural Earth 1:50m: države, kopnene granice, rijeke i jezera; naselja 1:10m i 1:50m. Javno dobro.',
  'sources.references': 'Citirani izvori ({count})',
  'sources.referencesNote':
    'Koridori, mjesta, događaji i cijene potječu iz projektnog pregleda ruta; svaka činjenica ima ove ključeve citata.',
  'sources.citedAsReference': 'citirano kao referenca (činjenice i poveznica; sadržaj nije kopiran)',
  'sources.quality':
    '{quality, select, primary {primarni} secondary {sekundarni} weak {slab} dataset {skup podataka} other {{quality}}}',
};
