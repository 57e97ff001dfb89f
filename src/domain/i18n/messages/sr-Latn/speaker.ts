import type { AreaCatalogue } from '../area';
import type { speaker as english } from '../en/speaker';

export const speaker: AreaCatalogue<typeof english> = {
  'speaker.pageTitle': 'Prikaz za govornika — RouteShift',
  'speaker.pageTitleAt': 'Prikaz za govornika {position} — RouteShift',
  'speaker.position': '{position} / {count}',
  'speaker.keyNext': 'Sledeći',
  'speaker.keyPrevious': 'Prethodni',
  'speaker.keyFirstLast': 'Prvi / poslednji',
  'speaker.keyBlank': 'Prazan ekran',
  'speaker.keys': 'Tasteri',
  'speaker.waitingTitle': 'Nijedna prezentacija nije u toku',
  'speaker.waitingText':
    'Pokrenite je u prozoru aplikacije RouteShift (Prezentuj ili P). Ovaj prozor je zatim prati: prikaz na ekranu, sledeći prikaz, vaše beleške i vreme.',
  'speaker.endedTitle': 'Prezentacija je završena',
  'speaker.closedText':
    'Prozor aplikacije RouteShift u kojem je tekla prezentacija zatvoren je ili ponovo učitan. Ponovo pokrenite prezentaciju tamo i ovaj prozor će je pratiti.',
  'speaker.endedText': 'Ponovo pokrenite prezentaciju u prozoru aplikacije RouteShift i ovaj prozor će je pratiti.',
  'speaker.notesPrivate': 'Beleške za govornika pojavljuju se samo ovde, nikad na ekranu za publiku.',
  'speaker.previous': '← Prethodni',
  'speaker.next': 'Sledeći →',
  'speaker.showScreen': 'Prikaži ekran',
  'speaker.blank': 'Prazan ekran',
  'speaker.view': 'Prikaz',
  'speaker.blanked': 'Ekran za publiku je zatamnjen',
  'speaker.nowLabel': 'Sada na ekranu za publiku',
  'speaker.now': 'Sada',
  'speaker.notesLabel': 'Beleške za govornika',
  'speaker.notes': 'Beleške',
  'speaker.noNotes': 'Nema beležaka za ovaj prikaz.',
  'speaker.nextLabel': 'Sledeći prikaz',
  'speaker.nextHeading': 'Sledeći',
  'speaker.endOfStoryboard': 'Kraj niza prikaza',
  'speaker.elapsed': 'Proteklo',
  'speaker.elapsedLabel': 'Proteklo vreme {time}',
  'speaker.reset': 'Poništi',
  'speaker.popupBlocked':
    'Pregledač je blokirao prozor za govornika. Dozvolite iskačuće prozore za ovu stranicu (ikona blokiranog iskačućeg prozora na kraju adresne trake ili podešavanja sajta u pregledaču), zatim ponovo pritisnite N ili „Prozor za govornika“.',
};
