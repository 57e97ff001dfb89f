import type { AreaCatalogue } from '../area';
import type { storyboard as english } from '../en/storyboard';

export const storyboard: AreaCatalogue<typeof english> = {
  'storyboard.viewDeleted': 'Η προβολή «{title}» διαγράφηκε.',
  'storyboard.undo': 'Αναίρεση',
  'storyboard.viewMoved': 'Η προβολή «{title}» μετακινήθηκε στη θέση {position} από {count}.',
  'storyboard.viewCaptured': 'Η προβολή «{title}» αποθηκεύτηκε: {count} στο σενάριο.',
  'storyboard.captureView': 'Αποθήκευση προβολής',
  'storyboard.speakerButtonTitle': 'Ανοίξτε πρώτα το παράθυρο ομιλητή, στη δική σας οθόνη: ακολουθεί την παρουσίαση',
  'storyboard.empty':
    'Δεν υπάρχουν ακόμη προβολές. Ορίστε τον μήνα, τα επίπεδα και τον χάρτη όπως θέλετε να εμφανίζονται και πατήστε «Αποθήκευση προβολής». Οι προβολές παρουσιάζονται με τη σειρά με τηλεχειριστήριο ή με PageDown.',
  'storyboard.listLabel': 'Προβολές του σεναρίου (το Alt+↑/↓ μετακινεί την επιλεγμένη προβολή)',
  'storyboard.untitledView': 'Προβολή χωρίς τίτλο',
  'storyboard.copyTitle': '{title} (αντίγραφο)',
  'storyboard.editorLabel': 'Προβολή {position}: {title}',
  'storyboard.title': 'Τίτλος',
  'storyboard.caption': 'Λεζάντα (στη διαφάνεια)',
  'storyboard.notes': 'Σημειώσεις ομιλητή (μόνο στο παράθυρο ομιλητή, ποτέ στη διαφάνεια)',
  'storyboard.show': 'Εμφάνιση',
  'storyboard.updateFromMap': 'Ενημέρωση από τον χάρτη',
  'storyboard.updateFromMapTitle': 'Αντικατάσταση κάμερας, χρόνου, επιπέδων, φίλτρων και επιλογής με τον χάρτη όπως είναι τώρα',
  'storyboard.presentFromHere': 'Παρουσίαση από εδώ',
  'storyboard.duplicate': 'Αντιγραφή',
  'storyboard.delete': 'Διαγραφή',
  'storyboard.hideLegend': 'Κατά την παρουσίαση, απόκρυψη',
  'storyboard.hideCaption': 'λεζάντας',
  'storyboard.hideBadge': 'θέσης (1 / 3)',
  'storyboard.hideMapLegend': 'υπομνήματος',
  'storyboard.briefingAlready': 'Το σενάριο είναι ήδη η ενσωματωμένη ενημέρωση «{title}».',
  'storyboard.presentBriefing': 'Παρουσίαση της ενσωματωμένης ενημέρωσης: {title}',
  'storyboard.briefingButton': 'Ενσωματωμένη ενημέρωση: {title}',
  'storyboard.briefingLoading': 'Φόρτωση της ενημέρωσης…',
  'storyboard.askLabel': 'Το σενάριό σας έχει προβολές',
  'storyboard.askText':
    'Το σενάριό σας έχει {existing, plural, one {# προβολή} other {# προβολές}}. Τοποθέτηση {count, plural, one {της # προβολής} other {των # προβολών}} της ενημέρωσης στη θέση τους (η Αναίρεση επαναφέρει τις δικές σας) ή μετά από αυτές;',
  'storyboard.replace': 'Αντικατάσταση',
  'storyboard.addAfter': 'Προσθήκη μετά τις δικές μου',
  'storyboard.cancel': 'Ακύρωση',
  'storyboard.startLabel': 'Ενσωματωμένη ενημέρωση',
  'storyboard.startText': 'Πώς μετατοπίστηκε η διαδρομή μεταξύ Βαλκανίων και Μεσογείου, προβολή προς προβολή, με τις πηγές κάθε αριθμού.',
  'storyboard.briefingReplaced':
    'Άνοιξε η ενσωματωμένη ενημέρωση «{title}»: {count, plural, one {η # προβολή της αντικατέστησε} other {οι # προβολές της αντικατέστησαν}} τις {before, number} δικές σας στο σενάριο.',
  'storyboard.briefingAdded':
    'Ενσωματωμένη ενημέρωση «{title}»: {count, plural, one {προστέθηκε # προβολή} other {προστέθηκαν # προβολές}} μετά τις {before, number} δικές σας.',
  'storyboard.errorNotLoaded': 'Δεν ήταν δυνατή η φόρτωση της ενσωματωμένης ενημέρωσης «{name}» ({file}: {reason}).',
  'storyboard.errorMissing':
    'Η ενσωματωμένη ενημέρωση «{name}» δεν υπάρχει σε αυτό το αντίγραφο του RouteShift ({file}: HTTP {status}). Δημιουργήστε ξανά τα δεδομένα με npm run build:data.',
  'storyboard.errorNotJson': 'Δεν ήταν δυνατό το άνοιγμα της ενσωματωμένης ενημέρωσης «{name}»: το {file} δεν είναι έγκυρο JSON.',
  'storyboard.errorInvalid':
    'Δεν ήταν δυνατό το άνοιγμα της ενσωματωμένης ενημέρωσης «{name}»: το {file} δεν είναι έγκυρη ιστορία. {problems}.',
  'storyboard.errorInvalidMore':
    'Δεν ήταν δυνατό το άνοιγμα της ενσωματωμένης ενημέρωσης «{name}»: το {file} δεν είναι έγκυρη ιστορία. {problems} (και {more, number} ακόμη).',
};
