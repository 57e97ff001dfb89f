import type { AreaCatalogue } from '../area';
import type { presenter as english } from '../en/presenter';

export const presenter: AreaCatalogue<typeof english> = {
  'presenter.position': '{position} / {count}',
  'presenter.label': 'Prezentacija, prikaz {position} / {count}',
  'presenter.exit': 'Napusti prezentaciju (Esc)',
  'presenter.blanked': 'Ekran je zatamnjen; pritisnite B da ga ponovo prikažete',
  'presenter.sources': 'Izvori: ',
  'presenter.legend': 'Legenda',
  'presenter.fullscreenLeft':
    'Preglednik je izašao iz prikaza preko cijelog ekrana da bi otvorio prozor za govornika. Pritisnite F ovdje da ponovo prezentirate preko cijelog ekrana.',
};
