import type { AreaCatalogue } from '../area';
import type { presenter as english } from '../en/presenter';

export const presenter: AreaCatalogue<typeof english> = {
  'presenter.position': '{position} / {count}',
  'presenter.label': 'Präsentation, Ansicht {position} / {count}',
  'presenter.exit': 'Präsentation verlassen (Esc)',
  'presenter.blanked': 'Bildschirm abgedunkelt; B drücken, um ihn wieder zu zeigen',
  'presenter.sources': 'Quellen: ',
  'presenter.legend': 'Legende',
  'presenter.fullscreenLeft': 'Der Browser hat den Vollbildmodus verlassen, um das Referentenfenster zu öffnen. Drücken Sie hier F, um wieder im Vollbild zu präsentieren.',
};
