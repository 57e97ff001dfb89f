import type { AreaCatalogue } from '../area';
import type { speaker as english } from '../en/speaker';

/** Apostrophes are typographic (’): an ASCII ' before { or # would open an ICU quote. */
export const speaker: AreaCatalogue<typeof english> = {
  'speaker.pageTitle': 'Vista del relatore — RouteShift',
  'speaker.pageTitleAt': 'Vista del relatore {position} — RouteShift',
  'speaker.position': '{position} / {count}',
  'speaker.keyNext': 'Successiva',
  'speaker.keyPrevious': 'Precedente',
  'speaker.keyFirstLast': 'Prima / ultima',
  'speaker.keyBlank': 'Schermo nero',
  'speaker.keys': 'Tasti',
  'speaker.waitingTitle': 'Nessuna presentazione in corso',
  'speaker.waitingText': 'Avviala nella finestra di RouteShift (Presenta, o P). Questa finestra la seguirà: la vista sullo schermo, la successiva, le tue note e il tempo.',
  'speaker.endedTitle': 'La presentazione è terminata',
  'speaker.closedText': 'La finestra di RouteShift che presentava è stata chiusa o ricaricata. Presenta di nuovo da lì e questa finestra la seguirà.',
  'speaker.endedText': 'Presenta di nuovo nella finestra di RouteShift e questa finestra la seguirà.',
  'speaker.notesPrivate': 'Le note del relatore compaiono solo qui, mai sullo schermo del pubblico.',
  'speaker.previous': '← Precedente',
  'speaker.next': 'Successiva →',
  'speaker.showScreen': 'Mostra lo schermo',
  'speaker.blank': 'Schermo nero',
  'speaker.view': 'Vista',
  'speaker.blanked': 'Schermo del pubblico oscurato',
  'speaker.nowLabel': 'Ora sullo schermo del pubblico',
  'speaker.now': 'Ora',
  'speaker.notesLabel': 'Note del relatore',
  'speaker.notes': 'Note',
  'speaker.noNotes': 'Nessuna nota per questa vista.',
  'speaker.nextLabel': 'Vista successiva',
  'speaker.nextHeading': 'Successiva',
  'speaker.endOfStoryboard': 'Fine dello storyboard',
  'speaker.elapsed': 'Trascorso',
  'speaker.elapsedLabel': 'Tempo trascorso {time}',
  'speaker.reset': 'Azzera',
  'speaker.popupBlocked':
    'Il browser ha bloccato la finestra del relatore. Consenti i pop-up per questa pagina (l’icona del pop-up bloccato in fondo alla barra degli indirizzi o le impostazioni del sito nel browser), poi premi di nuovo N o «Finestra del relatore».',
};
