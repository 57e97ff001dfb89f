import type { AreaCatalogue } from '../area';
import type { speaker as english } from '../en/speaker';

export const speaker: AreaCatalogue<typeof english> = {
  'speaker.pageTitle': 'Pogled za govorca — RouteShift',
  'speaker.pageTitleAt': 'Pogled za govorca {position} — RouteShift',
  'speaker.position': '{position} / {count}',
  'speaker.keyNext': 'Naprej',
  'speaker.keyPrevious': 'Nazaj',
  'speaker.keyFirstLast': 'Prvi / zadnji',
  'speaker.keyBlank': 'Prazen zaslon',
  'speaker.keys': 'Tipke',
  'speaker.waitingTitle': 'Nobena predstavitev ne poteka',
  'speaker.waitingText':
    'Začnite jo v oknu RouteShift (Predstavi ali P). To okno ji nato sledi: prizor na zaslonu, naslednji prizor, vaše opombe in čas.',
  'speaker.endedTitle': 'Predstavitev se je končala',
  'speaker.closedText': 'Okno RouteShift, ki je predstavljalo, je bilo zaprto ali znova naloženo. Tam znova začnite predstavitev in to okno ji bo sledilo.',
  'speaker.endedText': 'V oknu RouteShift znova začnite predstavitev in to okno ji bo sledilo.',
  'speaker.notesPrivate': 'Opombe za govorca so prikazane samo tukaj, nikoli na zaslonu za občinstvo.',
  'speaker.previous': '← Nazaj',
  'speaker.next': 'Naprej →',
  'speaker.showScreen': 'Prikaži zaslon',
  'speaker.blank': 'Prazen zaslon',
  'speaker.view': 'Prizor',
  'speaker.blanked': 'Zaslon za občinstvo je prazen',
  'speaker.nowLabel': 'Zdaj na zaslonu za občinstvo',
  'speaker.now': 'Zdaj',
  'speaker.notesLabel': 'Opombe za govorca',
  'speaker.notes': 'Opombe',
  'speaker.noNotes': 'Za ta prizor ni opomb.',
  'speaker.nextLabel': 'Naslednji prizor',
  'speaker.nextHeading': 'Naslednji',
  'speaker.endOfStoryboard': 'Konec zaporedja prizorov',
  'speaker.elapsed': 'Pretečeno',
  'speaker.elapsedLabel': 'Pretečeni čas {time}',
  'speaker.reset': 'Ponastavi',
  'speaker.popupBlocked':
    'Brskalnik je blokiral okno za govorca. Dovolite pojavna okna za to stran (ikona blokiranega pojavnega okna na koncu naslovne vrstice ali nastavitve spletnega mesta v brskalniku), nato znova pritisnite N ali »Okno za govorca«.',
};
