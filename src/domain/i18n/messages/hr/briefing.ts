import type { AreaCatalogue } from '../area';
import type { briefing as english } from '../en/briefing';

export const briefing: AreaCatalogue<typeof english> = {
  'briefing.theme': 'Tema',
  'briefing.marking': 'Redak s oznakom',
  'briefing.markingPlaceholder': 'npr. SLUŽBENO — samo za potrebe brifinga',
  'briefing.markingHint': 'Prikazuje se na vrhu i dnu zaslona te na svakom izvozu. Prazno = bez oznake.',
  'briefing.playBetween': 'Reproduciraj mjesece između dvaju prikaza',
  'briefing.autoAdvance': 'Automatski prijelaz',
  'briefing.autoAdvanceOff': 'Isključeno (daljinski upravljač ili tipke)',
  'briefing.autoAdvanceEvery': 'Svakih {seconds} s',
  'briefing.markingLabel': 'Oznaka',
};
