import type { AreaCatalogue } from '../area';
import type { appShell as english } from '../en/app-shell';

export const appShell: AreaCatalogue<typeof english> = {
  'app.tagline': 'Balkanske i sredozemne rute, mjesec po mjesec',
  'app.loadingDemo': 'Učitavanje demonstracijskih podataka…',
  'app.demoLoadFailed': 'Demonstracijske podatke nije bilo moguće učitati. {reason}',
  'app.loadingCharts': 'Učitavanje grafikona…',
  'app.loading': 'Učitavanje…',
  'app.placeLabelsFailed': 'Nazive mjesta nije bilo moguće učitati: {reason}',
  'app.sidePanel': 'Podaci, slojevi i legenda',
  'app.sectionFilters': 'Filtri',
  'app.sectionLayers': 'Slojevi',
  'app.sectionLegend': 'Legenda',
  'app.sectionStoryboard': 'Slijed prikaza',
  'app.sectionBriefing': 'Brifing',
  'app.savePresentationHint': 'Jedna datoteka HTML sa slijedom prikaza i podacima, za računalo bez mreže',
  'app.linkProblems': 'Dio poveznice nije bilo moguće upotrijebiti onakav kakav jest ({problems}); prikazan je ostatak poveznice.',
  'app.workspaceNotSaved': 'Vaš radni prostor nije bilo moguće spremiti u ovom pregledniku: {reason}',
  'app.settingsNotSaved': 'Vaše postavke nije bilo moguće spremiti u ovom pregledniku: {reason}',
  'app.datasetNotSaved': 'Skup podataka „{name}” nije bilo moguće spremiti u ovom pregledniku: {reason}',
  'app.removalNotSaved': 'Uklanjanje skupa podataka nije bilo moguće spremiti u ovom pregledniku: {reason}',
  'app.workspaceUnreadable': 'Spremljeni radni prostor nije bilo moguće pročitati: {reason}. Ostavljen je nepromijenjen.',
};
