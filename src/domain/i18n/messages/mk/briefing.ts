import type { AreaCatalogue } from '../area';
import type { briefing as english } from '../en/briefing';

export const briefing: AreaCatalogue<typeof english> = {
  'briefing.theme': 'Тема',
  'briefing.marking': 'Линија со ознака',
  'briefing.markingPlaceholder': 'на пр. СЛУЖБЕНО — само за брифинг',
  'briefing.markingHint': 'Се прикажува горе и долу на екранот и на секој извоз. Празно = без ознака.',
  'briefing.playBetween': 'Пушти ги месеците меѓу два прикази',
  'briefing.autoAdvance': 'Автоматско преминување',
  'briefing.autoAdvanceOff': 'Исклучено (далечински управувач или копчиња)',
  'briefing.autoAdvanceEvery': 'На секои {seconds} с',
  'briefing.markingLabel': 'Ознака',
};
