import type { AreaCatalogue } from '../area';
import type { filters as english } from '../en/filters';

export const filters: AreaCatalogue<typeof english> = {
  'filters.label': 'Филтери',
  'filters.corridors': 'Коридор',
  'filters.modes': 'Начин превоза',
  'filters.countries': 'Држава',
  'filters.sources': 'Извор',
  'filters.confidence': 'Поузданост',
  'filters.titleWithCount': '{title} ({count})',
  'filters.filtering': 'Филтрирање спискова…',
  'filters.filtered': 'Филтрирано: {shown} од {total} сегмената.',
  'filters.clear': 'Обриши филтере',
  'filters.nothingFiltered': 'Ништа није филтрирано. Означите вредности да бисте приказали само њих.',
  'filters.mode':
    '{mode, select, road {друмски} rail {железница} foot {пешице} boat {чамац} car {аутомобил} bus {аутобус} taxi {такси} mixed {комбиновано} unknown {није наведено} other {{mode}}}',
  'filters.confidenceLevel': '{level, select, high {висока} medium {средња} low {ниска} other {{level}}}',
};
