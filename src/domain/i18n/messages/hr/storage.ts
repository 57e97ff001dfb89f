import type { AreaCatalogue } from '../area';
import type { storage as english } from '../en/storage';

export const storage: AreaCatalogue<typeof english> = {
  'storage.quota': 'Preglednik više nema mjesta za vaš radni prostor. Uklonite skup podataka koji vam više ne treba ili izvezite projektnu datoteku kako biste sačuvali svoj rad, pa pokušajte ponovno.',
  'storage.unavailable': 'Ovaj preglednik ne dopušta RouteShiftu da čuva podatke (privatno pregledavanje ili isključena pohrana web-mjesta), pa će se vaši skupovi podataka izgubiti kad zatvorite karticu. Izvezite projektnu datoteku kako biste sačuvali svoj rad.',
  'storage.failed': '{action, select, open {Spremljeni radni prostor nije bilo moguće otvoriti: {detail}.} read {Spremljeni radni prostor nije bilo moguće pročitati: {detail}.} saveSettings {Postavke nije bilo moguće spremiti: {detail}.} saveDataset {Skup podataka „{name}” nije bilo moguće spremiti: {detail}.} saveDatasets {{count, plural, one {# skup podataka nije bilo moguće spremiti} few {# skupa podataka nije bilo moguće spremiti} other {# skupova podataka nije bilo moguće spremiti}}: {detail}.} removeDataset {Skup podataka nije bilo moguće ukloniti: {detail}.} saveWorkspace {Radni prostor nije bilo moguće spremiti: {detail}.} other {Spremljeni radni prostor nije bilo moguće isprazniti: {detail}.}}',
  'storage.unknownError': 'nepoznata pogreška pohrane',
};
