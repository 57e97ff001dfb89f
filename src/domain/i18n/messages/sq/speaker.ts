import type { AreaCatalogue } from '../area';
import type { speaker as english } from '../en/speaker';

export const speaker: AreaCatalogue<typeof english> = {
  'speaker.pageTitle': 'Pamja e folësit — RouteShift',
  'speaker.pageTitleAt': 'Pamja e folësit {position} — RouteShift',
  'speaker.position': '{position} / {count}',
  'speaker.keyNext': 'Përpara',
  'speaker.keyPrevious': 'Prapa',
  'speaker.keyFirstLast': 'E para / e fundit',
  'speaker.keyBlank': 'Ekran bosh',
  'speaker.keys': 'Tastet',
  'speaker.waitingTitle': 'Asnjë prezantim nuk po zhvillohet',
  'speaker.waitingText':
    'Nisni prezantimin në dritaren e RouteShift (Prezanto, ose P). Kjo dritare pastaj e ndjek: pamjen në ekran, pamjen e ardhshme, shënimet tuaja dhe kohën.',
  'speaker.endedTitle': 'Prezantimi ka përfunduar',
  'speaker.closedText': 'Dritarja e RouteShift që po prezantonte u mbyll ose u ringarkua. Prezantoni përsëri atje dhe kjo dritare do ta ndjekë.',
  'speaker.endedText': 'Prezantoni përsëri në dritaren e RouteShift dhe kjo dritare do ta ndjekë.',
  'speaker.notesPrivate': 'Shënimet e folësit shfaqen vetëm këtu, kurrë në ekranin e publikut.',
  'speaker.previous': '← Prapa',
  'speaker.next': 'Përpara →',
  'speaker.showScreen': 'Shfaq ekranin',
  'speaker.blank': 'Ekran bosh',
  'speaker.view': 'Pamja',
  'speaker.blanked': 'Ekrani i publikut u errësua',
  'speaker.nowLabel': 'Tani në ekranin e publikut',
  'speaker.now': 'Tani',
  'speaker.notesLabel': 'Shënimet e folësit',
  'speaker.notes': 'Shënimet',
  'speaker.noNotes': 'Nuk ka shënime për këtë pamje.',
  'speaker.nextLabel': 'Pamja e ardhshme',
  'speaker.nextHeading': 'Në vijim',
  'speaker.endOfStoryboard': 'Fundi i skenarit',
  'speaker.elapsed': 'Koha e kaluar',
  'speaker.elapsedLabel': 'Koha e kaluar {time}',
  'speaker.reset': 'Rivendos',
  'speaker.popupBlocked':
    'Shfletuesi e bllokoi dritaren e folësit. Lejoni dritaret kërcyese për këtë faqe (ikona e dritares së bllokuar në fund të shiritit të adresës, ose cilësimet e faqes në shfletues), pastaj shtypni përsëri N ose „Dritarja e folësit”.',
};
