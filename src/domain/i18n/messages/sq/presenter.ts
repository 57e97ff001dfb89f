import type { AreaCatalogue } from '../area';
import type { presenter as english } from '../en/presenter';

export const presenter: AreaCatalogue<typeof english> = {
  'presenter.position': '{position} / {count}',
  'presenter.label': 'Prezantimi, pamja {position} / {count}',
  'presenter.exit': 'Dil nga prezantimi (Esc)',
  'presenter.blanked': 'Ekrani u errësua; shtypni B për ta shfaqur përsëri',
  'presenter.sources': 'Burimet: ',
  'presenter.legend': 'Legjenda',
  'presenter.fullscreenLeft':
    'Shfletuesi doli nga ekrani i plotë për të hapur dritaren e folësit. Shtypni F këtu për të prezantuar përsëri në ekran të plotë.',
};
