import type { AreaCatalogue } from '../area';
import type { storage as english } from '../en/storage';

export const storage: AreaCatalogue<typeof english> = {
  'storage.quota': 'Brskalnik nima več prostora za vaš delovni prostor. Odstranite nabor podatkov, ki ga ne potrebujete več, ali izvozite projektno datoteko, da ohranite svoje delo, nato poskusite znova.',
  'storage.unavailable': 'Ta brskalnik RouteShiftu ne dovoli hraniti podatkov (zasebno brskanje ali izklopljena shramba spletnega mesta), zato se bodo vaši nabori podatkov izgubili, ko zaprete zavihek. Izvozite projektno datoteko, da ohranite svoje delo.',
  'storage.failed': '{action, select, open {Shranjenega delovnega prostora ni bilo mogoče odpreti: {detail}.} read {Shranjenega delovnega prostora ni bilo mogoče prebrati: {detail}.} saveSettings {Nastavitev ni bilo mogoče shraniti: {detail}.} saveDataset {Nabora podatkov »{name}« ni bilo mogoče shraniti: {detail}.} saveDatasets {{count, plural, one {# nabora podatkov} two {# naborov podatkov} few {# naborov podatkov} other {# naborov podatkov}} ni bilo mogoče shraniti: {detail}.} removeDataset {Nabora podatkov ni bilo mogoče odstraniti: {detail}.} saveWorkspace {Delovnega prostora ni bilo mogoče shraniti: {detail}.} other {Shranjenega delovnega prostora ni bilo mogoče izprazniti: {detail}.}}',
  'storage.unknownError': 'neznana napaka shrambe',
};
