import type { AreaCatalogue } from '../area';
import type { projectFile as english } from '../en/project-file';

export const projectFile: AreaCatalogue<typeof english> = {
  'projectFile.notJson': '«{file}» non può essere aperto come progetto RouteShift: non è JSON valido ({reason}).',
  'projectFile.isDatasetFile': '«{file}» è un file di dati RouteShift, non un file di progetto: non può essere aperto come progetto.',
  'projectFile.notAProject': '«{file}» non è un file di progetto RouteShift (non dice "format": "{format}"). Se contiene dati per la mappa, importalo come insieme di dati.',
  'projectFile.versionMissing': 'Attesa una versione del formato di progetto (un numero intero da 1), non trovata',
  'projectFile.versionNotWhole': 'Attesa una versione del formato di progetto (un numero intero da 1), trovato {found}',
  'projectFile.newerVersion': '«{file}» è stato salvato da una versione più recente di RouteShift (versione del formato di progetto {version}; questa versione apre fino alla versione {latest}). Aggiorna RouteShift per aprirlo.',
  'projectFile.reservedDemoId': '\'\'{id}\'\' è riservato alla demo integrata, che non viene mai salvata in un progetto',
  'projectFile.duplicateDatasetId': 'Id dell\'insieme di dati duplicato \'\'{id}\'\' (la prima volta in {first})',
  'projectFile.invalid': '«{file}» è un file di progetto RouteShift ma ha {count, plural, one {un problema} many {# di problemi} other {# problemi}}, quindi non è stato aperto nulla: {problems}{hasMore, select, yes { (e altri {more})} other {}}.',
  'projectFile.noSettings': 'Il progetto non ha impostazioni; si usano mese, livelli e posizione della mappa predefiniti.',
  'projectFile.defaultMonth': 'mese ({month})',
  'projectFile.defaultTheme': 'tema (chiaro)',
  'projectFile.defaultCamera': 'posizione della mappa (vista predefinita)',
  'projectFile.defaultDemoShown': 'demo mostrata',
  'projectFile.defaultAllLayers': 'livelli (tutti mostrati)',
  'projectFile.defaultLayers': '{count, plural, one {livello {layers} (mostrato)} many {livelli {layers} (mostrati)} other {livelli {layers} (mostrati)}}',
  'projectFile.unknownLayers': '{count, plural, one {# livello del progetto non è noto a questa versione di RouteShift ed è stato tralasciato: {layers}.} many {# di livelli del progetto non sono noti a questa versione di RouteShift e sono stati tralasciati: {layers}.} other {# livelli del progetto non sono noti a questa versione di RouteShift e sono stati tralasciati: {layers}.}}',
  'projectFile.defaulted': 'Le impostazioni mancanti nel progetto sono state impostate ai valori predefiniti: {settings}.',
};
