import type { AreaCatalogue } from '../area';
import type { screenText as english } from '../en/screen-text';

export const screenText: AreaCatalogue<typeof english> = {
  'screenText.demoUnreadable': '{file} ni bilo mogoče prebrati: {reason}',
  'screenText.demoNotJson': '{file} ni veljaven JSON',
  'screenText.demoNotDataset': '{file} ni nabor podatkov RouteShift: {problem} (znova ga zgradite z npm run build:data)',
  'screenText.labelsUnreadable': '{url} ni bilo mogoče naložiti: {reason}',
  'screenText.labelsNotList': '{url} ni seznam oznak',
  'screenText.loadingFont': 'Nalaganje pisave',
  'screenText.videoEmpty': 'Videodatoteka je ostala prazna.',
  'screenText.storyboardEmpty': 'Zaporedje prizorov še nima prizorov: najprej zajemite prizor.',
  'screenText.noCanvas': 'Ta brskalnik ne more risati na 2D-platno.',
  'screenText.fontNotLoaded': 'pisave izročka ni bilo mogoče naložiti ({path}: {reason})',
  'screenText.fontMissing': 'pisave izročka ni v tej kopiji RouteShifta ({path}: HTTP {status})',
  'screenText.fontNotTrueType': 'pisava izročka {path} ni pisava TrueType',
  'screenText.storyboardEdge': '{edge, select, last {Zadnji prizor zaporedja: PageDown/PageUp ne gresta dlje.} other {Prvi prizor zaporedja: PageDown/PageUp ne gresta dlje.}}',
  'screenText.reportedPersons': 'prijavljene osebe',
  'screenText.exportIncidentName': 'Incident z dne {date}',
  'screenText.exportDeadAndMissing': 'mrtvi in pogrešani',
  'screenText.exportSegmentUnit': '{scope, select, routeTotal {{unit} ({series}, cela pot)} corridor {{unit} ({series}, koridorjev lastni prijavljeni podatek)} other {{unit} ({series})}}',
  'screenText.exportRouteContext': 'kontekst poti, brez podatka',
  'screenText.exportStatusUnit': '{endUnknown, select, yes {stanje v {month} (konec neznan: tisti mesec ni potrjeno)} other {stanje v {month}}}',
  'screenText.changeClass': '{change, select, new {Novi} vanished {Izginili (črtkano)} grown {Zrasli} shrunk {Skrčeni} other {Nespremenjeni}}',
  'screenText.thisPresentationFile': 'ta datoteka predstavitve',
  'screenText.noData': 'Ni podatkov',
};
