import type { AreaCatalogue } from '../area';
import type { presenter as english } from '../en/presenter';

export const presenter: AreaCatalogue<typeof english> = {
  'presenter.position': '{position} / {count}',
  'presenter.label': 'Prezentacija, prikaz {position} / {count}',
  'presenter.exit': 'Napusti prezentaciju (Esc)',
  'presenter.blanked': 'Ekran je zatamnjen; pritisnite B da se ponovo prikaže',
  'presenter.sources': 'Izvori: ',
  'presenter.legend': 'Legenda',
  'presenter.fullscreenLeft':
    'Pregledač je izašao iz prikaza preko celog ekrana da bi otvorio prozor za govornika. Pritisnite F ovde da biste ponovo prezentovali preko celog ekrana.',
};
