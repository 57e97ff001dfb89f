import type { Catalogue } from '../en';
import { charts } from './charts';
import { commands } from './commands';
import { common } from './common';
import { dataExport } from './data-export';
import { details } from './details';
import { domain } from './domain';
import { handout } from './handout';
import { importing } from './importing';
import { mediaExport } from './media-export';
import { storyboard } from './storyboard';

/** Bosnian — draft translation (not yet reviewed by a native speaker). */
export const bs: Partial<Catalogue> = { ...common, ...domain, ...mediaExport, ...handout, ...dataExport, ...details, ...charts, ...importing, ...commands, ...storyboard };
