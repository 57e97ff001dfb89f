/** Why the workspace could not be kept in this browser (src/data/persistence, also in the import worker): the reason inside the app's "could not be saved" notices. */
export const storage = {
  'storage.quota': 'The browser has no room left to keep your workspace. Remove a dataset you no longer need, or export a project file to keep your work, then try again.',
  'storage.unavailable': 'This browser does not let RouteShift keep data (private browsing or site storage turned off), so your datasets will be lost when you close the tab. Export a project file to keep your work.',
  'storage.failed': '{action, select, open {Could not open the saved workspace: {detail}.} read {Could not read the saved workspace: {detail}.} saveSettings {Could not save the settings: {detail}.} saveDataset {Could not save the dataset “{name}”: {detail}.} saveDatasets {Could not save {count, plural, one {# dataset} other {# datasets}}: {detail}.} removeDataset {Could not remove the dataset: {detail}.} saveWorkspace {Could not save the workspace: {detail}.} other {Could not clear the saved workspace: {detail}.}}',
  'storage.unknownError': 'unknown storage error',
} as const;
