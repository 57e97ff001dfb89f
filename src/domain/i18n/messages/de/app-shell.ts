import type { AreaCatalogue } from '../area';
import type { appShell as english } from '../en/app-shell';

export const appShell: AreaCatalogue<typeof english> = {
  'app.tagline': 'Balkan- und Mittelmeerrouten, Monat für Monat',
  'app.loadingDemo': 'Demodaten werden geladen …',
  'app.demoLoadFailed': 'Die Demodaten konnten nicht geladen werden. {reason}',
  'app.loadingCharts': 'Diagramme werden geladen …',
  'app.loading': 'Wird geladen …',
  'app.placeLabelsFailed': 'Ortsnamen konnten nicht geladen werden: {reason}',
  'app.sidePanel': 'Daten, Ebenen und Legende',
  'app.sectionFilters': 'Filter',
  'app.sectionLayers': 'Ebenen',
  'app.sectionLegend': 'Legende',
  'app.sectionStoryboard': 'Storyboard',
  'app.sectionBriefing': 'Briefing',
  'app.savePresentationHint': 'Eine HTML-Datei mit Storyboard und Daten, für einen PC ohne Netzwerk',
  'app.linkProblems': 'Ein Teil des Links konnte nicht unverändert verwendet werden ({problems}); der Rest des Links wird angezeigt.',
  'app.workspaceNotSaved': 'Ihr Arbeitsbereich konnte in diesem Browser nicht gespeichert werden: {reason}',
  'app.settingsNotSaved': 'Ihre Einstellungen konnten in diesem Browser nicht gespeichert werden: {reason}',
  'app.datasetNotSaved': 'Der Datensatz „{name}“ konnte in diesem Browser nicht gespeichert werden: {reason}',
  'app.removalNotSaved': 'Das Entfernen eines Datensatzes konnte in diesem Browser nicht gespeichert werden: {reason}',
  'app.workspaceUnreadable': 'Der gespeicherte Arbeitsbereich konnte nicht gelesen werden: {reason}. Er wurde unverändert gelassen.',
};
