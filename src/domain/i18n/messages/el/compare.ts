import type { AreaCatalogue } from '../area';
import type { compare as english } from '../en/compare';

export const compare: AreaCatalogue<typeof english> = {
  'compare.eyebrow': 'Μεταβολή μεταξύ δύο μηνών',
  'compare.stop': 'Διακοπή σύγκρισης (X)',
  'compare.title': '{from} → {to}',
  'compare.against': 'Σύγκριση με',
  'compare.previous': 'τον προηγούμενο μήνα',
  'compare.chosenMonth': 'έναν επιλεγμένο μήνα',
  'compare.monthInput': 'Μήνας σύγκρισης',
  'compare.legend': 'Υπόμνημα μεταβολών',
  'compare.legendLine': '{label}: {count, plural, one {# τμήμα} other {# τμήματα}}',
  'compare.crossingChanges': 'Μεταβολές διαβάσεων',
  'compare.crossingChange': '{name}: {before} → {after}',
  'compare.notShown': 'δεν εμφανίζεται',
  'compare.threshold':
    'Αύξηση ή μείωση: ο αριθμός της διαδρομής πίσω από το τμήμα μεταβλήθηκε τουλάχιστον κατά {percent} % (Frontex, ολόκληρη η διαδρομή).',
  'compare.byCountry': 'Ανά χώρα',
  'compare.byCorridor': 'Ανά διάδρομο',
  'compare.noChange': 'Καμία μεταβολή.',
  'compare.leftMonth': 'Τελευταίος μήνας της αριστερής πλευράς',
  'compare.closeSwipe': 'Κλείσιμο της προβολής δίπλα δίπλα (V)',
  'compare.divider': 'Διαχωριστικό μεταξύ {month} και της περιόδου που εμφανίζεται',
  'compare.difference': 'Διαφορά, αριστερά → δεξιά:',
  'compare.noChangeLine': 'καμία μεταβολή',
};
