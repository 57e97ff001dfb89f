import type { AreaCatalogue } from '../area';
import type { presentationFile as english } from '../en/presentation-file';

export const presentationFile: AreaCatalogue<typeof english> = {
  'presentationFile.alreadyFile': 'Αυτό είναι ήδη αποθηκευμένο αρχείο παρουσίασης: ανοίξτε την εφαρμογή για να δημιουργήσετε νέο.',
  'presentationFile.failed': 'Δεν ήταν δυνατή η δημιουργία του αρχείου παρουσίασης: {reason}',
  'presentationFile.pageMissing':
    'Δεν ήταν δυνατή η δημιουργία του αρχείου παρουσίασης: δεν ήταν δυνατή η ανάγνωση του {page} από αυτή την εφαρμογή ({reason}). Υπάρχει μόνο σε μεταγλωττισμένη εφαρμογή (npm run build).',
  'presentationFile.saved':
    'Αποθηκεύτηκε το {fileName} ({size}, {views, plural, one {# προβολή} other {# προβολές}}): ανοίγει σε οποιοδήποτε πρόγραμμα περιήγησης, χωρίς δίκτυο, απευθείας στην παρουσίαση.',
  'presentationFile.savedEmpty':
    'Αποθηκεύτηκε το {fileName} ({size}) χωρίς προβολές σεναρίου: εμφανίζει τον χάρτη μόνο για ανάγνωση. Αποθηκεύστε πρώτα προβολές για να τις παρουσιάσετε.',
  'presentationFile.defaultTitle': 'Παρουσίαση RouteShift',
  'presentationFile.pageTitle': '{title} — RouteShift',
  'presentationFile.label': 'Αρχείο παρουσίασης',
  'presentationFile.readOnly': 'Αποθηκευμένο αρχείο παρουσίασης: μόνο για ανάγνωση, δεν αποθηκεύεται τίποτα σε αυτό το πρόγραμμα περιήγησης.',
  'presentationFile.present': 'Παρουσίαση {views, plural, one {# προβολής} other {# προβολών}}',
  'presentationFile.noViews':
    'Αυτό το αρχείο παρουσίασης δεν έχει προβολές σεναρίου, γι’ αυτό ο χάρτης εμφανίζεται μόνο για ανάγνωση. Για παρουσίαση, αποθηκεύστε προβολές στο RouteShift και αποθηκεύστε ξανά το αρχείο παρουσίασης.',
  'presentationFile.notJson': 'Τα δεδομένα παρουσίασης σε αυτό το αρχείο δεν είναι έγκυρο JSON ({reason}).',
  'presentationFile.notReadable': 'Τα δεδομένα παρουσίασης σε αυτό το αρχείο δεν είναι αναγνώσιμα: {problems}.',
};
