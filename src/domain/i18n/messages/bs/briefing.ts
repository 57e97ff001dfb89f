import type { AreaCatalogue } from '../area';
import type { briefing as english } from '../en/briefing';

export const briefing: AreaCatalogue<typeof english> = {
  'briefing.theme': 'Tema',
  'briefing.marking': 'Linija oznake',
  'briefing.markingPlaceholder': 'npr. SLUŽBENO — samo za upotrebu na brifingu',
  'briefing.markingHint': 'Prikazuje se na vrhu i dnu ekrana i na svakom izvozu. Prazno = bez oznake.',
  'briefing.playBetween': 'Reprodukuj mjesece između dva prikaza',
  'briefing.autoAdvance': 'Automatski prelaz',
  'briefing.autoAdvanceOff': 'Isključeno (daljinski upravljač ili tipke)',
  'briefing.autoAdvanceEvery': 'Svakih {seconds} s',
  'briefing.markingLabel': 'Oznaka',
};
