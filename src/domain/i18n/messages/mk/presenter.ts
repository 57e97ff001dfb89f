import type { AreaCatalogue } from '../area';
import type { presenter as english } from '../en/presenter';

export const presenter: AreaCatalogue<typeof english> = {
  'presenter.position': '{position} / {count}',
  'presenter.label': 'Презентација, приказ {position} / {count}',
  'presenter.exit': 'Излези од презентацијата (Esc)',
  'presenter.blanked': 'Екранот е празен; притиснете B за повторно да се прикаже',
  'presenter.sources': 'Извори: ',
  'presenter.legend': 'Легенда',
  'presenter.fullscreenLeft':
    'Прелистувачот го напушти целиот екран за да го отвори прозорецот за говорникот. Притиснете F тука за повторно да презентирате на цел екран.',
};
