import type { AreaCatalogue } from '../area';
import type { briefing as english } from '../en/briefing';

export const briefing: AreaCatalogue<typeof english> = {
  'briefing.theme': 'Tema',
  'briefing.marking': 'Rreshti i shënimit të klasifikimit',
  'briefing.markingPlaceholder': 'p.sh. ZYRTAR — vetëm për përdorim në informim',
  'briefing.markingHint': 'Shfaqet në krye dhe në fund të ekranit dhe në çdo eksport. Bosh = asnjë.',
  'briefing.playBetween': 'Luaj muajt mes dy pamjeve',
  'briefing.autoAdvance': 'Kalim automatik',
  'briefing.autoAdvanceOff': 'Joaktiv (telekomandë ose taste)',
  'briefing.autoAdvanceEvery': 'Çdo {seconds} s',
  'briefing.markingLabel': 'Shënim klasifikimi',
};
