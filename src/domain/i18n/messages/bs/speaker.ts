import type { AreaCatalogue } from '../area';
import type { speaker as english } from '../en/speaker';

export const speaker: AreaCatalogue<typeof english> = {
  'speaker.pageTitle': 'Prikaz za govornika — RouteShift',
  'speaker.pageTitleAt': 'Prikaz za govornika {position} — RouteShift',
  'speaker.position': '{position} / {count}',
  'speaker.keyNext': 'Sljedeći',
  'speaker.keyPrevious': 'Prethodni',
  'speaker.keyFirstLast': 'Prvi / posljednji',
  'speaker.keyBlank': 'Prazan ekran',
  'speaker.keys': 'Tipke',
  'speaker.waitingTitle': 'Nijedna prezentacija nije u toku',
  'speaker.waitingText':
    'Pokrenite je u prozoru RouteShift (Prezentiraj ili P). Ovaj prozor je tada prati: prikaz na ekranu, sljedeći prikaz, vaše bilješke i vrijeme.',
  'speaker.endedTitle': 'Prezentacija je završena',
  'speaker.closedText': 'Prozor RouteShift koji je prezentirao zatvoren je ili ponovo učitan. Ponovo pokrenite prezentaciju tamo i ovaj prozor će je pratiti.',
  'speaker.endedText': 'Ponovo pokrenite prezentaciju u prozoru RouteShift i ovaj prozor će je pratiti.',
  'speaker.notesPrivate': 'Bilješke za govornika pojavljuju se samo ovdje, nikada na ekranu za publiku.',
  'speaker.previous': '← Prethodni',
  'speaker.next': 'Sljedeći →',
  'speaker.showScreen': 'Prikaži ekran',
  'speaker.blank': 'Prazan ekran',
  'speaker.view': 'Prikaz',
  'speaker.blanked': 'Ekran za publiku je zatamnjen',
  'speaker.nowLabel': 'Sada na ekranu za publiku',
  'speaker.now': 'Sada',
  'speaker.notesLabel': 'Bilješke za govornika',
  'speaker.notes': 'Bilješke',
  'speaker.noNotes': 'Nema bilješki za ovaj prikaz.',
  'speaker.nextLabel': 'Sljedeći prikaz',
  'speaker.nextHeading': 'Sljedeće',
  'speaker.endOfStoryboard': 'Kraj niza prikaza',
  'speaker.elapsed': 'Proteklo',
  'speaker.elapsedLabel': 'Proteklo vrijeme {time}',
  'speaker.reset': 'Vrati na nulu',
  'speaker.popupBlocked':
    'Preglednik je blokirao prozor za govornika. Dozvolite skočne prozore za ovu stranicu (ikona blokiranog skočnog prozora na kraju adresne trake ili postavke stranice u pregledniku), zatim ponovo pritisnite N ili „Prozor za govornika”.',
};
