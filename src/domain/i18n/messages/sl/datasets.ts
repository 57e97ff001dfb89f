import type { AreaCatalogue } from '../area';
import type { datasets as english } from '../en/datasets';

export const datasets: AreaCatalogue<typeof english> = {
  'datasets.label': 'Nabori podatkov',
  'datasets.heading': 'Podatki',
  'datasets.importButton': 'Uvozi datoteke…',
  'datasets.pointKind': 'Točke brez vrste so',
  'datasets.pointKindHub': 'vozlišča / kraji',
  'datasets.pointKindIncident': 'incidenti',
  'datasets.pointKindCrossing': 'mejni prehodi',
  'datasets.pointKindSafeHouse': 'varne hiše',
  'datasets.saveProject': 'Shrani projekt',
  'datasets.exportGeoJson': 'Izvozi GeoJSON',
  'datasets.exportCsv': 'Izvozi CSV',
  'datasets.privacyNote':
    'Vaše datoteke ostanejo v tem brskalniku. Datoteka projekta (odprete jo tako, da jo uvozite) hrani nabore podatkov in nastavitve.',
  'datasets.countSegments': '{n, plural, one {{count} odsek} two {{count} odseka} few {{count} odseki} other {{count} odsekov}}',
  'datasets.countCrossings': '{n, plural, one {{count} prehod} two {{count} prehoda} few {{count} prehodi} other {{count} prehodov}}',
  'datasets.countPlaces': '{n, plural, one {{count} kraj} two {{count} kraja} few {{count} kraji} other {{count} krajev}}',
  'datasets.countSafeHouses':
    '{n, plural, one {{count} varna hiša} two {{count} varni hiši} few {{count} varne hiše} other {{count} varnih hiš}}',
  'datasets.countIncidents':
    '{n, plural, one {{count} incident} two {{count} incidenta} few {{count} incidenti} other {{count} incidentov}}',
  'datasets.countEvents': '{n, plural, one {{count} dogodek} two {{count} dogodka} few {{count} dogodki} other {{count} dogodkov}}',
  'datasets.countSeries': '{n, plural, one {{count} serija} two {{count} seriji} few {{count} serije} other {{count} serij}}',
  'datasets.countAreas': '{n, plural, one {{count} območje} two {{count} območji} few {{count} območja} other {{count} območij}}',
  'datasets.demoName': 'Predstavitveni podatki: balkanske in sredozemske poti',
  'datasets.empty': 'prazno',
  'datasets.filesLoaded': '{files} · naloženo {date}',
  'datasets.removed': 'Odstranjeno: {name}.',
  'datasets.undo': 'Razveljavi',
  'datasets.show': 'Prikaži {name}',
  'datasets.nameInput': 'Ime nabora podatkov',
  'datasets.rename': 'Preimenuj',
  'datasets.renameLabel': 'Preimenuj {name}',
  'datasets.remove': 'Odstrani',
  'datasets.removeLabel': 'Odstrani {name}',
  'datasets.nothingShown': 'Ni prikazanih podatkov.',
  'datasets.dropHint': 'Spustite datoteko GeoJSON, CSV, TSV, KML, KMZ ali GPX kamor koli na karto ali',
  'datasets.showDemo': 'Prikaži predstavitvene podatke',
};
