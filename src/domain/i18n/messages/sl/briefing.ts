import type { AreaCatalogue } from '../area';
import type { briefing as english } from '../en/briefing';

export const briefing: AreaCatalogue<typeof english> = {
  'briefing.theme': 'Tema',
  'briefing.marking': 'Vrstica z oznako',
  'briefing.markingPlaceholder': 'npr. SLUŽBENO — samo za uporabo na brifingu',
  'briefing.markingHint': 'Prikazana na vrhu in dnu zaslona ter na vsakem izvozu. Prazno = brez.',
  'briefing.playBetween': 'Predvajaj mesece med dvema prizoroma',
  'briefing.autoAdvance': 'Samodejni prehod',
  'briefing.autoAdvanceOff': 'Izklopljeno (upravljalnik ali tipke)',
  'briefing.autoAdvanceEvery': 'Vsakih {seconds} s',
  'briefing.markingLabel': 'Oznaka',
};
