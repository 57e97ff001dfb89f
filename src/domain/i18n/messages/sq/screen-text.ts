import type { AreaCatalogue } from '../area';
import type { screenText as english } from '../en/screen-text';

export const screenText: AreaCatalogue<typeof english> = {
  'screenText.demoUnreadable': '{file} nuk mund të lexohej: {reason}',
  'screenText.demoNotJson': '{file} nuk është JSON i vlefshëm',
  'screenText.demoNotDataset': '{file} nuk është grup të dhënash RouteShift: {problem} (ndërtojeni përsëri me npm run build:data)',
  'screenText.labelsUnreadable': '{url} nuk mund të ngarkohej: {reason}',
  'screenText.labelsNotList': '{url} nuk është listë etiketash',
  'screenText.loadingFont': 'Po ngarkohet shkronja',
  'screenText.videoEmpty': 'Skedari i videos doli bosh.',
  'screenText.storyboardEmpty': 'Skenari nuk ka ende pamje: ruani fillimisht një pamje.',
  'screenText.noCanvas': 'Ky shfletues nuk mund të vizatojë në një kanavacë 2D.',
  'screenText.fontNotLoaded': 'shkronja e materialit nuk mund të ngarkohej ({path}: {reason})',
  'screenText.fontMissing': 'shkronja e materialit nuk është në këtë kopje të RouteShift ({path}: HTTP {status})',
  'screenText.fontNotTrueType': 'shkronja e materialit {path} nuk është shkronjë TrueType',
  'screenText.storyboardEdge': '{edge, select, last {Pamja e fundit e skenarit: PageDown/PageUp nuk shkojnë më tej.} other {Pamja e parë e skenarit: PageDown/PageUp nuk shkojnë më tej.}}',
  'screenText.reportedPersons': 'persona të raportuar',
  'screenText.exportIncidentName': 'Incident i {date}',
  'screenText.exportDeadAndMissing': 'të vdekur dhe të zhdukur',
  'screenText.exportSegmentUnit': '{scope, select, routeTotal {{unit} ({series}, e gjithë rruga)} corridor {{unit} ({series}, shifra e raportuar e vetë korridorit)} other {{unit} ({series})}}',
  'screenText.exportRouteContext': 'kontekst i rrugës, pa shifër',
  'screenText.exportStatusUnit': '{endUnknown, select, yes {statusi në {month} (fundi i panjohur: nuk u konfirmua atë muaj)} other {statusi në {month}}}',
  'screenText.changeClass': '{change, select, new {Të rinj} vanished {Të zhdukur (me vija)} grown {Të rritur} shrunk {Të zvogëluar} other {Të pandryshuar}}',
  'screenText.thisPresentationFile': 'ky skedar prezantimi',
  'screenText.noData': 'Nuk ka të dhëna',
};
