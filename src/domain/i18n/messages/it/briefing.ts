import type { AreaCatalogue } from '../area';
import type { briefing as english } from '../en/briefing';

export const briefing: AreaCatalogue<typeof english> = {
  'briefing.theme': 'Tema',
  'briefing.marking': 'Riga di dicitura',
  'briefing.markingPlaceholder': 'ad es. USO INTERNO — solo per briefing',
  'briefing.markingHint': 'Mostrata in alto e in basso sullo schermo e in ogni esportazione. Vuota = nessuna.',
  'briefing.playBetween': 'Riproduci i mesi tra due viste',
  'briefing.autoAdvance': 'Avanzamento automatico',
  'briefing.autoAdvanceOff': 'No (telecomando o tasti)',
  'briefing.autoAdvanceEvery': 'Ogni {seconds} s',
  'briefing.markingLabel': 'Dicitura',
};
