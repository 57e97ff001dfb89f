import type { AreaCatalogue } from '../area';
import type { sources as english } from '../en/sources';

export const sources: AreaCatalogue<typeof english> = {
  'sources.heading': 'Viri',
  'sources.weak': 'šibek vir',
  'sources.notListed': 'ni naveden v naboru podatkov',
  'sources.title': 'Viri in licence',
  'sources.close': 'Zapri vire',
  'sources.dataAsOf': '{name}. Stanje podatkov: {date}; meseci od {from} do {to}.',
  'sources.datasets': 'Nabori podatkov',
  'sources.dataDate': 'Datum podatkov: {date}.',
  'sources.notStated': 'ni navedeno',
  'sources.licence': 'Licenca / pogoji: {licence}',
  'sources.naturalEarth':
    'Natural Earth 1:50m: države, kopenske meje, reke in jezera; naselja 1:10m in 1:50m. Javna domena.',
  'sources.references': 'Navedeni viri ({count})',
  'sources.referencesNote':
    'Koridorji, kraji, dogodki in cene izhajajo iz projektnega pregleda poti; vsako dejstvo ima te ključe navedb.',
  'sources.citedAsReference': 'naveden kot referenca (dejstva in povezava; vsebina ni kopirana)',
  'sources.quality':
    '{quality, select, primary {primarni} secondary {sekundarni} weak {šibek} dataset {nabor podatkov} other {{quality}}}',
};
