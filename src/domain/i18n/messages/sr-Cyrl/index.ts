import type { Catalogue } from '../en';
import { common } from './common';
import { dataExport } from './data-export';
import { domain } from './domain';
import { handout } from './handout';
import { mediaExport } from './media-export';

/** Serbian, Cyrillic script — draft translation (not yet reviewed by a native speaker). */
export const srCyrl: Partial<Catalogue> = { ...common, ...domain, ...mediaExport, ...handout, ...dataExport };
