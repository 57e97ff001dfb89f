import type { AreaCatalogue } from '../area';
import type { storage as english } from '../en/storage';

export const storage: AreaCatalogue<typeof english> = {
  'storage.quota': 'Il browser non ha più spazio per conservare l\'area di lavoro. Rimuovi un set di dati che non ti serve più, o esporta un file di progetto per conservare il tuo lavoro, poi riprova.',
  'storage.unavailable': 'Questo browser non permette a RouteShift di conservare dati (navigazione privata o archiviazione del sito disattivata), quindi i tuoi set di dati andranno persi alla chiusura della scheda. Esporta un file di progetto per conservare il tuo lavoro.',
  'storage.failed': '{action, select, open {Impossibile aprire l\'area di lavoro salvata: {detail}.} read {Impossibile leggere l\'area di lavoro salvata: {detail}.} saveSettings {Impossibile salvare le impostazioni: {detail}.} saveDataset {Impossibile salvare il set di dati «{name}»: {detail}.} saveDatasets {Impossibile salvare {count, plural, one {# set di dati} many {# di set di dati} other {# set di dati}}: {detail}.} removeDataset {Impossibile rimuovere il set di dati: {detail}.} saveWorkspace {Impossibile salvare l\'area di lavoro: {detail}.} other {Impossibile svuotare l\'area di lavoro salvata: {detail}.}}',
  'storage.unknownError': 'errore di archiviazione sconosciuto',
};
