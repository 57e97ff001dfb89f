import type { AreaCatalogue } from '../area';
import type { briefing as english } from '../en/briefing';

export const briefing: AreaCatalogue<typeof english> = {
  'briefing.theme': 'Тема',
  'briefing.marking': 'Ред са ознаком',
  'briefing.markingPlaceholder': 'нпр. СЛУЖБЕНО — само за потребе брифинга',
  'briefing.markingHint': 'Приказује се на врху и дну екрана и на сваком извозу. Празно = без ознаке.',
  'briefing.playBetween': 'Репродукуј месеце између два приказа',
  'briefing.autoAdvance': 'Аутоматски прелазак',
  'briefing.autoAdvanceOff': 'Искључено (даљински управљач или тастери)',
  'briefing.autoAdvanceEvery': 'Сваких {seconds} с',
  'briefing.markingLabel': 'Ознака',
};
