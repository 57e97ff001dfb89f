import type { Catalogue } from '../en';
import { demoCorridors } from './demo-corridors';
import { builtInBriefing } from './built-in-briefing';
import { appShell } from './app-shell';
import { briefing } from './briefing';
import { change } from './change';
import { charts } from './charts';
import { commands } from './commands';
import { common } from './common';
import { compare } from './compare';
import { dataExport } from './data-export';
import { datasets } from './datasets';
import { details } from './details';
import { domain } from './domain';
import { filters } from './filters';
import { handout } from './handout';
import { importing } from './importing';
import { legend } from './legend';
import { mediaExport } from './media-export';
import { notices } from './notices';
import { tiles } from './tiles';
import { presentationFile } from './presentation-file';
import { presenter } from './presenter';
import { sources } from './sources';
import { speaker } from './speaker';
import { storyboard } from './storyboard';
import { timeline } from './timeline';
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

/** Slovenian — draft translation (not yet reviewed by a native speaker). */
export const sl: Partial<Catalogue> = {
  ...demoCorridors,
  ...builtInBriefing,
  ...common, ...domain, ...mediaExport, ...handout, ...dataExport, ...details,
  ...charts, ...importing, ...commands, ...storyboard, ...datasets, ...speaker,
  ...timeline, ...legend, ...compare, ...appShell, ...sources, ...change,
  ...presentationFile, ...filters, ...briefing, ...presenter, ...notices, ...tiles, ...mapText, ...settingsProblems, ...projectFile, ...importRow, ...importFile, ...exportColumns, ...importFormats, ...importGeometry, ...importFlows, ...screenText, ...projectChecks, ...storage, ...importNotes,
};
