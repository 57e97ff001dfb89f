import type { AreaCatalogue } from '../area';
import type { presenter as english } from '../en/presenter';

export const presenter: AreaCatalogue<typeof english> = {
  'presenter.position': '{position} / {count}',
  'presenter.label': 'Predstavitev, prizor {position} / {count}',
  'presenter.exit': 'Zapusti predstavitev (Esc)',
  'presenter.blanked': 'Zaslon je prazen; pritisnite B, da ga znova prikažete',
  'presenter.sources': 'Viri: ',
  'presenter.legend': 'Legenda',
  'presenter.fullscreenLeft':
    'Brskalnik je zapustil celozaslonski način, da bi odprl okno za govorca. Tukaj pritisnite F, da znova predstavljate v celozaslonskem načinu.',
};
