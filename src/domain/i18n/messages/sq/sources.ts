import type { AreaCatalogue } from '../area';
import type { sources as english } from '../en/sources';

export const sources: AreaCatalogue<typeof english> = {
  'sources.heading': 'Burimet',
  'sources.weak': 'burim i dobët',
  'sources.notListed': 'nuk figuron në grupin e të dhënave',
  'sources.title': 'Burimet dhe licencat',
  'sources.close': 'Mbyll burimet',
  'sources.dataAsOf': '{name}. Të dhëna deri më {date}; muajt nga {from} deri në {to}.',
  'sources.datasets': 'Grupet e të dhënave',
  'sources.dataDate': 'Data e të dhënave: {date}.',
  'sources.notStated': 'nuk thuhet',
  'sources.licence': 'Licenca / kushtet: {licence}',
  'sources.naturalEarth':
    'Natural Earth 1:50m shtete, kufij tokësorë, lumenj dhe liqene; vendbanime 1:10m dhe 1:50m. Domen publik (public domain).',
  'sources.references': 'Referencat e cituara ({count})',
  'sources.referencesNote': 'Korridoret, vendet, ngjarjet dhe çmimet vijnë nga dokumenti referues i projektit për rrugët, çdo fakt me këta çelësa citimi.',
  'sources.citedAsReference': 'cituar si referencë (fakte dhe lidhje; asnjë përmbajtje e kopjuar)',
  'sources.quality': '{quality, select, primary {parësor} secondary {dytësor} weak {i dobët} dataset {grup të dhënash} other {{quality}}}',
};
