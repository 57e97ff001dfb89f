import type { AreaCatalogue } from '../area';
import type { presenter as english } from '../en/presenter';

export const presenter: AreaCatalogue<typeof english> = {
  'presenter.position': '{position} / {count}',
  'presenter.label': 'Presentazione, vista {position} / {count}',
  'presenter.exit': 'Esci dalla presentazione (Esc)',
  'presenter.blanked': 'Schermo oscurato; premi B per mostrarlo di nuovo',
  'presenter.sources': 'Fonti: ',
  'presenter.legend': 'Legenda',
  'presenter.fullscreenLeft': 'Il browser è uscito dallo schermo intero per aprire la finestra del relatore. Premi F qui per presentare di nuovo a schermo intero.',
};
