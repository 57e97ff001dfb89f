/**
 * The English catalogue: every string the interface shows, by key, as ICU messages
 * ("{count, plural, one {# segment} other {# segments}}"). One file per feature, merged here; the
 * other languages' catalogues must have exactly these keys (tests/unit/i18n-catalogues.test.ts).
 */
import { demoCorridors } from './demo-corridors';
import { builtInBriefing } from './built-in-briefing';
import { briefing } from './briefing';
import { change } from './change';
import { charts } from './charts';
import { common } from './common';
import { dataExport } from './data-export';
import { domain } from './domain';
import { handout } from './handout';
import { mediaExport } from './media-export';
import { presentationFile } from './presentation-file';
import { presenter } from './presenter';
import { speaker } from './speaker';
import { storyboard } from './storyboard';
import { commands } from './commands';
import { appShell } from './app-shell';
import { timeline } from './timeline';
import { datasets } from './datasets';
import { notices } from './notices';
import { filters } from './filters';
import { legend } from './legend';
import { sources } from './sources';
import { details } from './details';
import { compare } from './compare';
import { importing } from './importing';
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
import { importNotes } from './import-notes';
import { storage } from './storage';
import { projectChecks } from './project-checks';
import { screenText } from './screen-text';

export const en = {
  ...demoCorridors,
  ...builtInBriefing,
  ...common,
  ...domain,
  ...mediaExport,
  ...handout,
  ...dataExport,
  ...charts,
  ...storyboard,
  ...presenter,
  ...speaker,
  ...briefing,
  ...presentationFile,
  ...change,
  ...commands,
  ...appShell,
  ...timeline,
  ...datasets,
  ...notices,
  ...filters,
  ...legend,
  ...sources,
  ...details,
  ...compare,
  ...importing,
  ...tiles,
  ...mapText,
  ...settingsProblems,
  ...projectFile,
  ...importRow,
  ...importFile,
  ...exportColumns,
  ...importFormats,
  ...importGeometry,
  ...importFlows,
  ...importNotes,
  ...storage,
  ...projectChecks,
  ...screenText,
};

export type MessageKey = keyof typeof en;
/** A language's catalogue: one message per key, none missing, none extra. */
export type Catalogue = Record<MessageKey, string>;
