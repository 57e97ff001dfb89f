import type { AreaCatalogue } from '../area';
import type { speaker as english } from '../en/speaker';

export const speaker: AreaCatalogue<typeof english> = {
  'speaker.pageTitle': 'Προβολή ομιλητή — RouteShift',
  'speaker.pageTitleAt': 'Προβολή ομιλητή {position} — RouteShift',
  'speaker.position': '{position} / {count}',
  'speaker.keyNext': 'Επόμενη',
  'speaker.keyPrevious': 'Προηγούμενη',
  'speaker.keyFirstLast': 'Πρώτη / τελευταία',
  'speaker.keyBlank': 'Κενή οθόνη',
  'speaker.keys': 'Πλήκτρα',
  'speaker.waitingTitle': 'Δεν εκτελείται παρουσίαση',
  'speaker.waitingText':
    'Ξεκινήστε την στο παράθυρο του RouteShift (Παρουσίαση ή P). Αυτό το παράθυρο την ακολουθεί στη συνέχεια: την προβολή στην οθόνη, την επόμενη, τις σημειώσεις σας και τον χρόνο.',
  'speaker.endedTitle': 'Η παρουσίαση ολοκληρώθηκε',
  'speaker.closedText':
    'Το παράθυρο του RouteShift που έκανε την παρουσίαση έκλεισε ή φορτώθηκε ξανά. Ξεκινήστε ξανά την παρουσίαση εκεί και αυτό το παράθυρο θα την ακολουθήσει.',
  'speaker.endedText': 'Ξεκινήστε ξανά την παρουσίαση στο παράθυρο του RouteShift και αυτό το παράθυρο θα την ακολουθήσει.',
  'speaker.notesPrivate': 'Οι σημειώσεις ομιλητή εμφανίζονται μόνο εδώ, ποτέ στην οθόνη του κοινού.',
  'speaker.previous': '← Προηγούμενη',
  'speaker.next': 'Επόμενη →',
  'speaker.showScreen': 'Εμφάνιση οθόνης',
  'speaker.blank': 'Κενή οθόνη',
  'speaker.view': 'Προβολή',
  'speaker.blanked': 'Η οθόνη του κοινού είναι κενή',
  'speaker.nowLabel': 'Τώρα στην οθόνη του κοινού',
  'speaker.now': 'Τώρα',
  'speaker.notesLabel': 'Σημειώσεις ομιλητή',
  'speaker.notes': 'Σημειώσεις',
  'speaker.noNotes': 'Δεν υπάρχουν σημειώσεις για αυτή την προβολή.',
  'speaker.nextLabel': 'Επόμενη προβολή',
  'speaker.nextHeading': 'Επόμενη',
  'speaker.endOfStoryboard': 'Τέλος του σεναρίου',
  'speaker.elapsed': 'Χρόνος',
  'speaker.elapsedLabel': 'Χρόνος που πέρασε {time}',
  'speaker.reset': 'Μηδενισμός',
  'speaker.popupBlocked':
    'Το πρόγραμμα περιήγησης μπλόκαρε το παράθυρο ομιλητή. Επιτρέψτε τα αναδυόμενα παράθυρα για αυτή τη σελίδα (το εικονίδιο αποκλεισμένου αναδυόμενου παραθύρου στο τέλος της γραμμής διευθύνσεων ή τις ρυθμίσεις ιστότοπου του προγράμματος περιήγησης) και πατήστε ξανά N ή «Παράθυρο ομιλητή».',
};
