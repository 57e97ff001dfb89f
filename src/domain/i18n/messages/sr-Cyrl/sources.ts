import type { AreaCatalogue } from '../area';
import type { sources as english } from '../en/sources';

export const sources: AreaCatalogue<typeof english> = {
  'sources.heading': 'Извори',
  'sources.weak': 'слаб извор',
  'sources.notListed': 'није наведен у скупу података',
  'sources.title': 'Извори и лиценце',
  'sources.close': 'Затвори изворе',
  'sources.dataAsOf': '{name}. Подаци на дан {date}; месеци од {from} до {to}.',
  'sources.datasets': 'Скупови података',
  'sources.dataDate': 'Датум података: {date}.',
  'sources.notStated': 'није наведено',
  'sources.licence': 'Лиценца / услови: {licence}',
  'sources.naturalEarth':
    'Natural Earth 1:50m: државе, копнене границе, реке и језера; насељена места 1:10m и 1:50m. Јавно добро.',
  'sources.references': 'Наведене референце ({count})',
  'sources.referencesNote':
    'Коридори, места, догађаји и цене потичу из референтног прегледа рута у оквиру пројекта, свака чињеница са овим кључевима цитата.',
  'sources.citedAsReference': 'наведено као референца (чињенице и линк; садржај није копиран)',
  'sources.quality':
    '{quality, select, primary {примарни} secondary {секундарни} weak {слаб} dataset {скуп података} other {{quality}}}',
};
