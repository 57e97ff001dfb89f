import type { AreaCatalogue } from '../area';
import type { appShell as english } from '../en/app-shell';

export const appShell: AreaCatalogue<typeof english> = {
  'app.tagline': 'Balkanske in sredozemske poti, mesec za mesecem',
  'app.loadingDemo': 'Nalagam predstavitvene podatke…',
  'app.demoLoadFailed': 'Predstavitvenih podatkov ni bilo mogoče naložiti. {reason}',
  'app.loadingCharts': 'Nalagam grafe…',
  'app.loading': 'Nalagam…',
  'app.placeLabelsFailed': 'Imen krajev ni bilo mogoče naložiti: {reason}',
  'app.sidePanel': 'Podatki, sloji in legenda',
  'app.sectionFilters': 'Filtri',
  'app.sectionLayers': 'Sloji',
  'app.sectionLegend': 'Legenda',
  'app.sectionStoryboard': 'Zaporedje prizorov',
  'app.sectionBriefing': 'Brifing',
  'app.savePresentationHint': 'Ena datoteka HTML z zaporedjem prizorov in podatki, za računalnik brez omrežja',
  'app.linkProblems': 'Dela povezave ni bilo mogoče uporabiti takšnega, kot je ({problems}); prikazan je preostanek povezave.',
  'app.workspaceNotSaved': 'Vašega delovnega prostora ni bilo mogoče shraniti v tem brskalniku: {reason}',
  'app.settingsNotSaved': 'Vaših nastavitev ni bilo mogoče shraniti v tem brskalniku: {reason}',
  'app.datasetNotSaved': 'Nabora podatkov »{name}« ni bilo mogoče shraniti v tem brskalniku: {reason}',
  'app.removalNotSaved': 'Odstranitve nabora podatkov ni bilo mogoče shraniti v tem brskalniku: {reason}',
  'app.workspaceUnreadable': 'Shranjenega delovnega prostora ni bilo mogoče prebrati: {reason}. Ostal je nespremenjen.',
};
