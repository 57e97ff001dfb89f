import type { AreaCatalogue } from '../area';
import type { filters as english } from '../en/filters';

export const filters: AreaCatalogue<typeof english> = {
  'filters.label': 'Филтри',
  'filters.corridors': 'Коридор',
  'filters.modes': 'Начин',
  'filters.countries': 'Земја',
  'filters.sources': 'Извор',
  'filters.confidence': 'Доверливост',
  'filters.titleWithCount': '{title} ({count})',
  'filters.filtering': 'Се филтрираат списоците…',
  'filters.filtered': 'Филтрирано: {shown} од {total} сегменти.',
  'filters.clear': 'Исчисти ги филтрите',
  'filters.nothingFiltered': 'Ништо не е филтрирано. Штиклирајте вредности за да се прикажат само тие.',
  'filters.mode':
    '{mode, select, road {патно} rail {железничко} foot {пешки} boat {брод} car {автомобил} bus {автобус} taxi {такси} mixed {мешано} unknown {не е наведено} other {{mode}}}',
  'filters.confidenceLevel': '{level, select, high {висока} medium {средна} low {ниска} other {{level}}}',
};
