import type { AreaCatalogue } from '../area';
import type { compare as english } from '../en/compare';

export const compare: AreaCatalogue<typeof english> = {
  'compare.eyebrow': 'Промена меѓу два месеца',
  'compare.stop': 'Запри ја споредбата (X)',
  'compare.title': '{from} → {to}',
  'compare.against': 'Спореди со',
  'compare.previous': 'претходниот месец',
  'compare.chosenMonth': 'избран месец',
  'compare.monthInput': 'Месец за споредба',
  'compare.legend': 'Легенда на промените',
  'compare.legendLine': '{label}: {count, plural, one {# сегмент} other {# сегменти}}',
  'compare.crossingChanges': 'Промени на премините',
  'compare.crossingChange': '{name}: {before} → {after}',
  'compare.notShown': 'не е прикажано',
  'compare.threshold':
    'Пораснат или намален: бројката на рутата зад сегментот се променила за најмалку {percent} % (Frontex, целата рута).',
  'compare.byCountry': 'По земја',
  'compare.byCorridor': 'По коридор',
  'compare.noChange': 'Нема промена.',
  'compare.leftMonth': 'Последен месец од левата страна',
  'compare.closeSwipe': 'Затвори го приказот еден до друг (V)',
  'compare.divider': 'Разделник меѓу {month} и прикажаниот период',
  'compare.difference': 'Разлика, лево → десно:',
  'compare.noChangeLine': 'нема промена',
};
