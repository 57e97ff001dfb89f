import type { AreaCatalogue } from '../area';
import type { sources as english } from '../en/sources';

export const sources: AreaCatalogue<typeof english> = {
  'sources.heading': 'Quellen',
  'sources.weak': 'schwache Quelle',
  'sources.notListed': 'im Datensatz nicht aufgeführt',
  'sources.title': 'Quellen und Lizenzen',
  'sources.close': 'Quellen schließen',
  'sources.dataAsOf': '{name}. Datenstand {date}; Monate {from} bis {to}.',
  'sources.datasets': 'Datensätze',
  'sources.dataDate': 'Datenstand: {date}.',
  'sources.notStated': 'nicht angegeben',
  'sources.licence': 'Lizenz / Bedingungen: {licence}',
  'sources.naturalEarth': 'Natural Earth 1:50m: Staaten, Landgrenzen, Flüsse und Seen; Siedlungen 1:10m und 1:50m. Gemeinfrei.',
  'sources.references': 'Zitierte Referenzen ({count})',
  'sources.referencesNote': 'Korridore, Orte, Ereignisse und Preise stammen aus der Routenreferenz des Projekts, jede Angabe mit diesen Zitierschlüsseln.',
  'sources.citedAsReference': 'als Referenz zitiert (Fakten und ein Link; kein Inhalt übernommen)',
  'sources.quality': '{quality, select, primary {Primärquelle} secondary {Sekundärquelle} weak {schwach} dataset {Datensatz} other {{quality}}}',
};
