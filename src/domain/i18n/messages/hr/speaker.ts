import type { AreaCatalogue } from '../area';
import type { speaker as english } from '../en/speaker';

export const speaker: AreaCatalogue<typeof english> = {
  'speaker.pageTitle': 'Pogled za govornika — RouteShift',
  'speaker.pageTitleAt': 'Pogled za govornika {position} — RouteShift',
  'speaker.position': '{position} / {count}',
  'speaker.keyNext': 'Sljedeći',
  'speaker.keyPrevious': 'Prethodni',
  'speaker.keyFirstLast': 'Prvi / posljednji',
  'speaker.keyBlank': 'Prazan zaslon',
  'speaker.keys': 'Tipke',
  'speaker.waitingTitle': 'Nijedna prezentacija nije u tijeku',
  'speaker.waitingText':
    'Pokrenite je u prozoru RouteShift (Prezentiraj ili P). Ovaj prozor zatim je prati: prikaz na zaslonu, sljedeći prikaz, vaše bilješke i vrijeme.',
  'speaker.endedTitle': 'Prezentacija je završila',
  'speaker.closedText': 'Prozor RouteShift koji je prezentirao zatvoren je ili ponovno učitan. Ondje ponovno pokrenite prezentaciju i ovaj će je prozor pratiti.',
  'speaker.endedText': 'Ponovno pokrenite prezentaciju u prozoru RouteShift i ovaj će je prozor pratiti.',
  'speaker.notesPrivate': 'Bilješke za govornika prikazuju se samo ovdje, nikad na zaslonu za publiku.',
  'speaker.previous': '← Prethodni',
  'speaker.next': 'Sljedeći →',
  'speaker.showScreen': 'Prikaži zaslon',
  'speaker.blank': 'Prazan zaslon',
  'speaker.view': 'Prikaz',
  'speaker.blanked': 'Zaslon za publiku je prazan',
  'speaker.nowLabel': 'Sada na zaslonu za publiku',
  'speaker.now': 'Sada',
  'speaker.notesLabel': 'Bilješke za govornika',
  'speaker.notes': 'Bilješke',
  'speaker.noNotes': 'Za ovaj prikaz nema bilješki.',
  'speaker.nextLabel': 'Sljedeći prikaz',
  'speaker.nextHeading': 'Sljedeći',
  'speaker.endOfStoryboard': 'Kraj slijeda prikaza',
  'speaker.elapsed': 'Proteklo',
  'speaker.elapsedLabel': 'Proteklo vrijeme {time}',
  'speaker.reset': 'Vrati na nulu',
  'speaker.popupBlocked':
    'Preglednik je blokirao prozor za govornika. Dopustite skočne prozore za ovu stranicu (ikona blokiranog skočnog prozora na kraju adresne trake ili postavke web-mjesta u pregledniku), a zatim ponovno pritisnite N ili „Prozor za govornika”.',
};
