import type { AreaCatalogue } from '../area';
import type { handout as english } from '../en/handout';

export const handout: AreaCatalogue<typeof english> = {
  'handout.storyboardTitle': '{count, plural, one {Σενάριο, # προβολή} other {Σενάριο, # προβολές}}',
  'handout.sourceNotDescribed': 'δεν περιγράφεται στο σύνολο δεδομένων',
  'handout.kind': 'RouteShift · έντυπο σεναρίου',
  'handout.readingGuide':
    'Κάθε προβολή έχει μια σελίδα: τον χάρτη όπως τον σχεδιάζει η εφαρμογή για τους μήνες της προβολής, τη λεζάντα της, ένα υπόμνημα όσων δείχνει ο χάρτης και τις πηγές της λεζάντας και των δεδομένων του χάρτη. Τα κλειδιά σε [αγκύλες] παραπέμπουν στον πλήρη κατάλογο πηγών στο τέλος.',
  'handout.untitledView': 'Προβολή χωρίς τίτλο',
  'handout.contentsRow': '{number}. {title}',
  'handout.contentsRowWithPeriod': '{number}. {title} — {period}',
  'handout.contents': 'Περιεχόμενα',
  'handout.contentsMore': '… και {count} ακόμη: κάθε σελίδα αναφέρει την προβολή της',
  'handout.viewsMade': '{count, plural, one {# προβολή} other {# προβολές}} · δημιουργία {made}',
  'handout.dataPeriod': 'Δεδομένα: {period}',
  'handout.marking': 'Σήμανση: {marking}',
  'handout.notesIncluded': 'Περιλαμβάνονται οι σημειώσεις ομιλητή.',
  'handout.notesNotIncluded': 'Δεν περιλαμβάνονται οι σημειώσεις ομιλητή.',
  'handout.sourcesHeading': 'Πηγές',
  'handout.continued': '{title} (συνέχεια)',
  'handout.licence': 'Άδεια: {licence}',
  'handout.weakSource': 'Αδύναμη πηγή.',
  'handout.sourcesIntro':
    '{count, plural, one {Η μοναδική πηγή} other {Και οι # πηγές}} των δεδομένων αυτού του εντύπου, όπως τις παραθέτει το πλαίσιο πηγών της εφαρμογής. Τα κλειδιά σε [αγκύλες] στις σελίδες των προβολών και στις σημειώσεις ομιλητή παραπέμπουν εδώ.',
  'handout.speakerNotes': 'Σημειώσεις ομιλητή',
  'handout.continuedNote': 'Η λεζάντα και οι σημειώσεις ομιλητή συνεχίζονται στην επόμενη σελίδα.',
  'handout.position': 'Προβολή {index} από {count}',
  'handout.periodAndPosition': '{period} · προβολή {index} από {count}',
  'handout.viewSources': 'Πηγές: {sources}',
  'handout.furtherReports': '{count, plural, one {# ακόμη αναφορά} other {# ακόμη αναφορές}}',
  'handout.mapData': 'Δεδομένα χάρτη: {parts}· κάθε πηγή παρατίθεται στο τέλος αυτού του εντύπου.',
  'handout.legend': 'Υπόμνημα',
  'handout.page': 'Σελίδα {page} από {pages}',
  'handout.subject': 'Έντυπο σεναρίου',
  'handout.runningTitle': '{title} · {made}',
};
