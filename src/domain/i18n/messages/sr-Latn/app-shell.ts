import type { AreaCatalogue } from '../area';
import type { appShell as english } from '../en/app-shell';

export const appShell: AreaCatalogue<typeof english> = {
  'app.tagline': 'Balkanske i sredozemne rute, mesec po mesec',
  'app.loadingDemo': 'Učitavanje demo podataka…',
  'app.demoLoadFailed': 'Demo podatke nije bilo moguće učitati. {reason}',
  'app.loadingCharts': 'Učitavanje grafikona…',
  'app.loading': 'Učitavanje…',
  'app.placeLabelsFailed': 'Nazive mesta nije bilo moguće učitati: {reason}',
  'app.sidePanel': 'Podaci, slojevi i legenda',
  'app.sectionFilters': 'Filteri',
  'app.sectionLayers': 'Slojevi',
  'app.sectionLegend': 'Legenda',
  'app.sectionStoryboard': 'Niz prikaza',
  'app.sectionBriefing': 'Brifing',
  'app.savePresentationHint': 'Jedna HTML datoteka sa nizom prikaza i podacima, za računar bez mreže',
  'app.linkProblems': 'Deo linka nije mogao da se upotrebi onakav kakav je ({problems}); ostatak linka je prikazan.',
  'app.workspaceNotSaved': 'Vaš radni prostor nije bilo moguće sačuvati u ovom pregledaču: {reason}',
  'app.settingsNotSaved': 'Vaša podešavanja nije bilo moguće sačuvati u ovom pregledaču: {reason}',
  'app.datasetNotSaved': 'Skup podataka „{name}“ nije bilo moguće sačuvati u ovom pregledaču: {reason}',
  'app.removalNotSaved': 'Uklanjanje skupa podataka nije bilo moguće sačuvati u ovom pregledaču: {reason}',
  'app.workspaceUnreadable': 'Sačuvani radni prostor nije bilo moguće pročitati: {reason}. Ostavljen je nepromenjen.',
};
