import type { AreaCatalogue } from '../area';
import type { presenter as english } from '../en/presenter';

export const presenter: AreaCatalogue<typeof english> = {
  'presenter.position': '{position} / {count}',
  'presenter.label': 'Prezentacija, prikaz {position} / {count}',
  'presenter.exit': 'Napusti prezentaciju (Esc)',
  'presenter.blanked': 'Zaslon je prazan; pritisnite B da biste ga ponovno prikazali',
  'presenter.sources': 'Izvori: ',
  'presenter.legend': 'Legenda',
  'presenter.fullscreenLeft':
    'Preglednik je izašao iz prikaza preko cijelog zaslona kako bi otvorio prozor za govornika. Ovdje pritisnite F da biste ponovno prezentirali preko cijelog zaslona.',
};
