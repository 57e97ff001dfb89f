import type { AreaCatalogue } from '../area';
import type { sources as english } from '../en/sources';

export const sources: AreaCatalogue<typeof english> = {
  'sources.heading': 'Извори',
  'sources.weak': 'слаб извор',
  'sources.notListed': 'не е наведен во збирот податоци',
  'sources.title': 'Извори и лиценци',
  'sources.close': 'Затвори ги изворите',
  'sources.dataAsOf': '{name}. Податоци заклучно со {date}; месеци од {from} до {to}.',
  'sources.datasets': 'Збирови податоци',
  'sources.dataDate': 'Датум на податоците: {date}.',
  'sources.notStated': 'не е наведено',
  'sources.licence': 'Лиценца / услови: {licence}',
  'sources.naturalEarth':
    'Natural Earth 1:50m: држави, копнени граници, реки и езера; населени места 1:10m и 1:50m. Јавна сопственост.',
  'sources.references': 'Цитирани референци ({count})',
  'sources.referencesNote':
    'Коридорите, местата, настаните и цените потекнуваат од референтниот документ за рути на проектот, секој факт со овие клучеви за цитирање.',
  'sources.citedAsReference': 'цитирано како референца (факти и врска; не е копирана содржина)',
  'sources.quality':
    '{quality, select, primary {примарен} secondary {секундарен} weak {слаб} dataset {збир податоци} other {{quality}}}',
};
