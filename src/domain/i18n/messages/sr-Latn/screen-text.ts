import type { AreaCatalogue } from '../area';
import type { screenText as english } from '../en/screen-text';

export const screenText: AreaCatalogue<typeof english> = {
  'screenText.demoUnreadable': '{file} nije bilo moguće pročitati: {reason}',
  'screenText.demoNotJson': '{file} nije ispravan JSON',
  'screenText.demoNotDataset': '{file} nije RouteShift skup podataka: {problem} (ponovo ga izgradite pomoću npm run build:data)',
  'screenText.labelsUnreadable': '{url} nije bilo moguće učitati: {reason}',
  'screenText.labelsNotList': '{url} nije lista oznaka',
  'screenText.loadingFont': 'Učitavanje fonta',
  'screenText.videoEmpty': 'Video-datoteka je ostala prazna.',
  'screenText.storyboardEmpty': 'Niz prikaza još nema prikaza: prvo snimite prikaz.',
  'screenText.noCanvas': 'Ovaj pregledač ne može da crta na 2D platnu.',
  'screenText.fontNotLoaded': 'font materijala nije bilo moguće učitati ({path}: {reason})',
  'screenText.fontMissing': 'font materijala nije u ovoj kopiji RouteShift-a ({path}: HTTP {status})',
  'screenText.fontNotTrueType': 'font materijala {path} nije TrueType font',
  'screenText.storyboardEdge': '{edge, select, last {Poslednji prikaz niza: PageDown/PageUp ne idu dalje.} other {Prvi prikaz niza: PageDown/PageUp ne idu dalje.}}',
  'screenText.reportedPersons': 'prijavljene osobe',
  'screenText.exportIncidentName': 'Incident od {date}',
  'screenText.exportDeadAndMissing': 'mrtvi i nestali',
  'screenText.exportSegmentUnit': '{scope, select, routeTotal {{unit} ({series}, cela ruta)} corridor {{unit} ({series}, sopstveni prijavljeni podatak koridora)} other {{unit} ({series})}}',
  'screenText.exportRouteContext': 'kontekst rute, bez podatka',
  'screenText.exportStatusUnit': '{endUnknown, select, yes {status u {month} (kraj nepoznat: tog meseca nije potvrđeno)} other {status u {month}}}',
  'screenText.changeClass': '{change, select, new {Novi} vanished {Nestali (isprekidano)} grown {Porasli} shrunk {Smanjeni} other {Nepromenjeni}}',
  'screenText.thisPresentationFile': 'ova datoteka prezentacije',
  'screenText.noData': 'Nema podataka',
};
