import type { AreaCatalogue } from '../area';
import type { filters as english } from '../en/filters';

export const filters: AreaCatalogue<typeof english> = {
  'filters.label': 'Filtrat',
  'filters.corridors': 'Korridori',
  'filters.modes': 'Mënyra',
  'filters.countries': 'Shteti',
  'filters.sources': 'Burimi',
  'filters.confidence': 'Besueshmëria',
  'filters.titleWithCount': '{title} ({count})',
  'filters.filtering': 'Po filtrohen listat…',
  'filters.filtered': 'Të filtruara: {shown} nga {total} segmente.',
  'filters.clear': 'Pastro filtrat',
  'filters.nothingFiltered': 'Asgjë e filtruar. Shënoni vlerat për të shfaqur vetëm ato.',
  'filters.mode':
    '{mode, select, road {transport rrugor} rail {hekurudhë} foot {në këmbë} boat {varkë} car {makinë} bus {autobus} taxi {taksi} mixed {i përzier} unknown {nuk thuhet} other {{mode}}}',
  'filters.confidenceLevel': '{level, select, high {e lartë} medium {mesatare} low {e ulët} other {{level}}}',
};
