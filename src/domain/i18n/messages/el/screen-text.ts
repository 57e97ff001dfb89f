import type { AreaCatalogue } from '../area';
import type { screenText as english } from '../en/screen-text';

export const screenText: AreaCatalogue<typeof english> = {
  'screenText.demoUnreadable': 'Δεν ήταν δυνατή η ανάγνωση του {file}: {reason}',
  'screenText.demoNotJson': 'Το {file} δεν είναι έγκυρο JSON',
  'screenText.demoNotDataset': 'Το {file} δεν είναι σύνολο δεδομένων RouteShift: {problem} (δημιουργήστε το ξανά με npm run build:data)',
  'screenText.labelsUnreadable': 'Δεν ήταν δυνατή η φόρτωση του {url}: {reason}',
  'screenText.labelsNotList': 'Το {url} δεν είναι λίστα ετικετών',
  'screenText.loadingFont': 'Φόρτωση της γραμματοσειράς',
  'screenText.videoEmpty': 'Το αρχείο βίντεο βγήκε κενό.',
  'screenText.storyboardEmpty': 'Το σενάριο δεν έχει ακόμη προβολές: καταγράψτε πρώτα μια προβολή.',
  'screenText.noCanvas': 'Αυτό το πρόγραμμα περιήγησης δεν μπορεί να σχεδιάσει σε καμβά 2D.',
  'screenText.fontNotLoaded': 'δεν ήταν δυνατή η φόρτωση της γραμματοσειράς του εντύπου ({path}: {reason})',
  'screenText.fontMissing': 'η γραμματοσειρά του εντύπου δεν υπάρχει σε αυτό το αντίγραφο του RouteShift ({path}: HTTP {status})',
  'screenText.fontNotTrueType': 'η γραμματοσειρά του εντύπου {path} δεν είναι γραμματοσειρά TrueType',
  'screenText.storyboardEdge': '{edge, select, last {Τελευταία προβολή του σεναρίου: τα PageDown/PageUp δεν πάνε παραπέρα.} other {Πρώτη προβολή του σεναρίου: τα PageDown/PageUp δεν πάνε παραπέρα.}}',
  'screenText.reportedPersons': 'αναφερόμενα άτομα',
  'screenText.exportIncidentName': 'Περιστατικό της {date}',
  'screenText.exportDeadAndMissing': 'νεκροί και αγνοούμενοι',
  'screenText.exportSegmentUnit': '{scope, select, routeTotal {{unit} ({series}, ολόκληρη η διαδρομή)} corridor {{unit} ({series}, ο δικός του αναφερόμενος αριθμός του διαδρόμου)} other {{unit} ({series})}}',
  'screenText.exportRouteContext': 'πλαίσιο διαδρομής, χωρίς αριθμό',
  'screenText.exportStatusUnit': '{endUnknown, select, yes {κατάσταση τον {month} (τέλος άγνωστο: δεν επιβεβαιώθηκε εκείνον τον μήνα)} other {κατάσταση τον {month}}}',
  'screenText.changeClass': '{change, select, new {Νέα} vanished {Εξαφανισμένα (διακεκομμένα)} grown {Αυξημένα} shrunk {Μειωμένα} other {Αμετάβλητα}}',
  'screenText.thisPresentationFile': 'αυτό το αρχείο παρουσίασης',
  'screenText.noData': 'Χωρίς δεδομένα',
};
