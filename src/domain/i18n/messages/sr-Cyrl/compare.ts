import type { AreaCatalogue } from '../area';
import type { compare as english } from '../en/compare';

export const compare: AreaCatalogue<typeof english> = {
  'compare.eyebrow': 'Промена између два месеца',
  'compare.stop': 'Прекини поређење (X)',
  'compare.title': '{from} → {to}',
  'compare.against': 'Упореди са',
  'compare.previous': 'претходним месецом',
  'compare.chosenMonth': 'изабраним месецом',
  'compare.monthInput': 'Месец за поређење',
  'compare.legend': 'Легенда промена',
  'compare.legendLine': '{label}: {count, plural, one {# сегмент} few {# сегмента} other {# сегмената}}',
  'compare.crossingChanges': 'Промене на прелазима',
  'compare.crossingChange': '{name}: {before} → {after}',
  'compare.notShown': 'није приказано',
  'compare.threshold':
    'Повећано или смањено: бројка руте иза сегмента променила се за најмање {percent} % (Frontex, цела рута).',
  'compare.byCountry': 'По државама',
  'compare.byCorridor': 'По коридорима',
  'compare.noChange': 'Нема промене.',
  'compare.leftMonth': 'Последњи месец леве стране',
  'compare.closeSwipe': 'Затвори приказ један поред другог (V)',
  'compare.divider': 'Разделник између {month} и приказаног периода',
  'compare.difference': 'Разлика, лево → десно:',
  'compare.noChangeLine': 'нема промене',
};
