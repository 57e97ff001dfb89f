import type { AreaCatalogue } from '../area';
import type { storage as english } from '../en/storage';

export const storage: AreaCatalogue<typeof english> = {
  'storage.quota': 'Der Browser hat keinen Platz mehr, um Ihren Arbeitsbereich zu behalten. Entfernen Sie einen Datensatz, den Sie nicht mehr brauchen, oder exportieren Sie eine Projektdatei, um Ihre Arbeit zu sichern, und versuchen Sie es dann erneut.',
  'storage.unavailable': 'Dieser Browser lässt RouteShift keine Daten behalten (privates Surfen oder Website-Speicher ausgeschaltet); Ihre Datensätze gehen daher verloren, wenn Sie den Tab schließen. Exportieren Sie eine Projektdatei, um Ihre Arbeit zu sichern.',
  'storage.failed': '{action, select, open {Der gespeicherte Arbeitsbereich ließ sich nicht öffnen: {detail}.} read {Der gespeicherte Arbeitsbereich ließ sich nicht lesen: {detail}.} saveSettings {Die Einstellungen ließen sich nicht speichern: {detail}.} saveDataset {Der Datensatz „{name}“ ließ sich nicht speichern: {detail}.} saveDatasets {{count, plural, one {# Datensatz ließ} other {# Datensätze ließen}} sich nicht speichern: {detail}.} removeDataset {Der Datensatz ließ sich nicht entfernen: {detail}.} saveWorkspace {Der Arbeitsbereich ließ sich nicht speichern: {detail}.} other {Der gespeicherte Arbeitsbereich ließ sich nicht leeren: {detail}.}}',
  'storage.unknownError': 'unbekannter Speicherfehler',
};
