import type { AreaCatalogue } from '../area';
import type { briefing as english } from '../en/briefing';

export const briefing: AreaCatalogue<typeof english> = {
  'briefing.theme': 'Tema',
  'briefing.marking': 'Red sa oznakom',
  'briefing.markingPlaceholder': 'npr. SLUŽBENO — samo za potrebe brifinga',
  'briefing.markingHint': 'Prikazuje se na vrhu i dnu ekrana i na svakom izvozu. Prazno = bez oznake.',
  'briefing.playBetween': 'Reprodukuj mesece između dva prikaza',
  'briefing.autoAdvance': 'Automatski prelazak',
  'briefing.autoAdvanceOff': 'Isključeno (daljinski upravljač ili tasteri)',
  'briefing.autoAdvanceEvery': 'Svakih {seconds} s',
  'briefing.markingLabel': 'Oznaka',
};
