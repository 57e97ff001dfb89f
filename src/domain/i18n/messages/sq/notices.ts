import type { AreaCatalogue } from '../area';
import type { notices as english } from '../en/notices';

export const notices: AreaCatalogue<typeof english> = {
  'notices.dismiss': 'Hiq njoftimin',
};
