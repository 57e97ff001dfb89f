import type { AreaCatalogue } from '../area';
import type { presenter as english } from '../en/presenter';

export const presenter: AreaCatalogue<typeof english> = {
  'presenter.position': '{position} / {count}',
  'presenter.label': 'Презентација, приказ {position} / {count}',
  'presenter.exit': 'Напусти презентацију (Esc)',
  'presenter.blanked': 'Екран је затамњен; притисните B да се поново прикаже',
  'presenter.sources': 'Извори: ',
  'presenter.legend': 'Легенда',
  'presenter.fullscreenLeft':
    'Прегледач је изашао из приказа преко целог екрана да би отворио прозор за говорника. Притисните F овде да бисте поново презентовали преко целог екрана.',
};
