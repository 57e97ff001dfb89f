import type { AreaCatalogue } from '../area';
import type { appShell as english } from '../en/app-shell';

export const appShell: AreaCatalogue<typeof english> = {
  'app.tagline': 'Rrugët e Ballkanit dhe të Mesdheut, muaj pas muaji',
  'app.loadingDemo': 'Po ngarkohen të dhënat demo…',
  'app.demoLoadFailed': 'Të dhënat demo nuk mund të ngarkoheshin. {reason}',
  'app.loadingCharts': 'Po ngarkohen grafikët…',
  'app.loading': 'Po ngarkohet…',
  'app.placeLabelsFailed': 'Emrat e vendeve nuk mund të ngarkoheshin: {reason}',
  'app.sidePanel': 'Të dhënat, shtresat dhe legjenda',
  'app.sectionFilters': 'Filtrat',
  'app.sectionLayers': 'Shtresat',
  'app.sectionLegend': 'Legjenda',
  'app.sectionStoryboard': 'Skenari',
  'app.sectionBriefing': 'Informimi',
  'app.savePresentationHint': 'Një skedar HTML me skenarin dhe të dhënat, për një kompjuter pa rrjet',
  'app.linkProblems': 'Një pjesë e lidhjes nuk mund të përdorej siç ishte ({problems}); shfaqet pjesa tjetër e lidhjes.',
  'app.workspaceNotSaved': 'Hapësira juaj e punës nuk mund të ruhej në këtë shfletues: {reason}',
  'app.settingsNotSaved': 'Cilësimet tuaja nuk mund të ruheshin në këtë shfletues: {reason}',
  'app.datasetNotSaved': 'Grupi i të dhënave „{name}” nuk mund të ruhej në këtë shfletues: {reason}',
  'app.removalNotSaved': 'Heqja e një grupi të dhënash nuk mund të ruhej në këtë shfletues: {reason}',
  'app.workspaceUnreadable': 'Hapësira e ruajtur e punës nuk mund të lexohej: {reason}. U la siç ishte.',
};
