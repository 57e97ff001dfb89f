import type { AreaCatalogue } from '../area';
import type { briefing as english } from '../en/briefing';

export const briefing: AreaCatalogue<typeof english> = {
  'briefing.theme': 'Farbschema',
  'briefing.marking': 'Kennzeichnungszeile',
  'briefing.markingPlaceholder': 'z. B. DIENSTLICH — nur für Briefings',
  'briefing.markingHint': 'Wird oben und unten auf dem Bildschirm und auf jedem Export gezeigt. Leer = keine.',
  'briefing.playBetween': 'Die Monate zwischen zwei Ansichten abspielen',
  'briefing.autoAdvance': 'Automatisch weiter',
  'briefing.autoAdvanceOff': 'Aus (Presenter oder Tasten)',
  'briefing.autoAdvanceEvery': 'Alle {seconds} s',
  'briefing.markingLabel': 'Kennzeichnung',
};
