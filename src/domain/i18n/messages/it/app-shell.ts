import type { AreaCatalogue } from '../area';
import type { appShell as english } from '../en/app-shell';

/** Apostrophes are typographic (’): an ASCII ' before { or # would open an ICU quote. */
export const appShell: AreaCatalogue<typeof english> = {
  'app.tagline': 'Rotte balcaniche e mediterranee, mese per mese',
  'app.loadingDemo': 'Caricamento dei dati dimostrativi…',
  'app.demoLoadFailed': 'Impossibile caricare i dati dimostrativi. {reason}',
  'app.loadingCharts': 'Caricamento dei grafici…',
  'app.loading': 'Caricamento…',
  'app.placeLabelsFailed': 'Impossibile caricare i nomi di luoghi: {reason}',
  'app.sidePanel': 'Dati, livelli e legenda',
  'app.sectionFilters': 'Filtri',
  'app.sectionLayers': 'Livelli',
  'app.sectionLegend': 'Legenda',
  'app.sectionStoryboard': 'Storyboard',
  'app.sectionBriefing': 'Briefing',
  'app.savePresentationHint': 'Un unico file HTML con lo storyboard e i dati, per un PC senza rete',
  'app.linkProblems': 'Una parte del link non è stata utilizzabile così com’era ({problems}); viene mostrato il resto del link.',
  'app.workspaceNotSaved': 'Impossibile salvare l’area di lavoro in questo browser: {reason}',
  'app.settingsNotSaved': 'Impossibile salvare le impostazioni in questo browser: {reason}',
  'app.datasetNotSaved': 'Impossibile salvare il set di dati «{name}» in questo browser: {reason}',
  'app.removalNotSaved': 'Impossibile salvare in questo browser la rimozione di un set di dati: {reason}',
  'app.workspaceUnreadable': 'Impossibile leggere l’area di lavoro salvata: {reason}. È stata lasciata com’è.',
};
