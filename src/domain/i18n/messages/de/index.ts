import type { Catalogue } from '../en';
import { demoCorridors } from './demo-corridors';
import { builtInBriefing } from './built-in-briefing';
import { common } from './common';
import { dataExport } from './data-export';
import { domain } from './domain';
import { handout } from './handout';
import { mediaExport } from './media-export';
import { details } from './details';
import { charts } from './charts';
import { importing } from './importing';
import { commands } from './commands';
import { storyboard } from './storyboard';
import { datasets } from './datasets';
import { speaker } from './speaker';
import { timeline } from './timeline';
import { legend } from './legend';
import { compare } from './compare';
import { appShell } from './app-shell';
import { sources } from './sources';
import { change } from './change';
import { presentationFile } from './presentation-file';
import { filters } from './filters';
import { briefing } from './briefing';
import { presenter } from './presenter';
import { notices } from './notices';
import { tiles } from './tiles';
import { mapText } from './map-text';
import { settingsProblems } from './settings-problems';
import { projectFile } from './project-file';
import { importRow } from './import-rows';
import { importFile } from './import-files';
import { exportColumns } from './export-columns';
import { importFormats } from './import-formats';
import { importGeometry } from './import-geometry';
import { importFlows } from './import-flows';
import { screenText } from './screen-text';
import { projectChecks } from './project-checks';
import { storage } from './storage';
import { importNotes } from './import-notes';

/** German — draft translation (not yet reviewed by a native speaker). */
export const de: Partial<Catalogue> = {
  ...demoCorridors,
  ...builtInBriefing,
  ...common, ...domain, ...mediaExport, ...handout, ...dataExport, ...details, ...charts, ...importing,
  ...commands, ...storyboard, ...datasets, ...speaker, ...timeline, ...legend, ...compare, ...appShell,
  ...sources, ...change, ...presentationFile, ...filters, ...briefing, ...presenter, ...notices, ...tiles, ...mapText, ...settingsProblems, ...projectFile, ...importRow, ...importFile, ...exportColumns, ...importFormats, ...importGeometry, ...importFlows, ...screenText, ...projectChecks, ...storage, ...importNotes,
};
