import type { AreaCatalogue } from '../area';
import type { appShell as english } from '../en/app-shell';

export const appShell: AreaCatalogue<typeof english> = {
  'app.tagline': 'Balkanske i mediteranske rute, mjesec po mjesec',
  'app.loadingDemo': 'Učitavanje demo podataka…',
  'app.demoLoadFailed': 'Demo podatke nije bilo moguće učitati. {reason}',
  'app.loadingCharts': 'Učitavanje grafikona…',
  'app.loading': 'Učitavanje…',
  'app.placeLabelsFailed': 'Nazive mjesta nije bilo moguće učitati: {reason}',
  'app.sidePanel': 'Podaci, slojevi i legenda',
  'app.sectionFilters': 'Filteri',
  'app.sectionLayers': 'Slojevi',
  'app.sectionLegend': 'Legenda',
  'app.sectionStoryboard': 'Niz prikaza',
  'app.sectionBriefing': 'Brifing',
  'app.savePresentationHint': 'Jedna HTML datoteka s nizom prikaza i podacima, za računar bez mreže',
  'app.linkProblems': 'Dio linka nije bilo moguće upotrijebiti u izvornom obliku ({problems}); prikazan je ostatak linka.',
  'app.workspaceNotSaved': 'Vaš radni prostor nije bilo moguće sačuvati u ovom pregledniku: {reason}',
  'app.settingsNotSaved': 'Vaše postavke nije bilo moguće sačuvati u ovom pregledniku: {reason}',
  'app.datasetNotSaved': 'Skup podataka „{name}” nije bilo moguće sačuvati u ovom pregledniku: {reason}',
  'app.removalNotSaved': 'Uklanjanje skupa podataka nije bilo moguće sačuvati u ovom pregledniku: {reason}',
  'app.workspaceUnreadable': 'Sačuvani radni prostor nije bilo moguće pročitati: {reason}. Ostavljen je nepromijenjen.',
};
