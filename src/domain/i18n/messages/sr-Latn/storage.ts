import type { AreaCatalogue } from '../area';
import type { storage as english } from '../en/storage';

export const storage: AreaCatalogue<typeof english> = {
  'storage.quota': 'Pregledač više nema mesta za vaš radni prostor. Uklonite skup podataka koji vam više ne treba ili izvezite datoteku projekta da biste sačuvali svoj rad, pa pokušajte ponovo.',
  'storage.unavailable': 'Ovaj pregledač ne dozvoljava RouteShift-u da čuva podatke (privatno pregledanje ili isključeno skladište sajta), pa će se vaši skupovi podataka izgubiti kada zatvorite karticu. Izvezite datoteku projekta da biste sačuvali svoj rad.',
  'storage.failed': '{action, select, open {Sačuvani radni prostor nije bilo moguće otvoriti: {detail}.} read {Sačuvani radni prostor nije bilo moguće pročitati: {detail}.} saveSettings {Podešavanja nije bilo moguće sačuvati: {detail}.} saveDataset {Skup podataka „{name}” nije bilo moguće sačuvati: {detail}.} saveDatasets {{count, plural, one {# skup podataka nije bilo moguće sačuvati} few {# skupa podataka nije bilo moguće sačuvati} other {# skupova podataka nije bilo moguće sačuvati}}: {detail}.} removeDataset {Skup podataka nije bilo moguće ukloniti: {detail}.} saveWorkspace {Radni prostor nije bilo moguće sačuvati: {detail}.} other {Sačuvani radni prostor nije bilo moguće isprazniti: {detail}.}}',
  'storage.unknownError': 'nepoznata greška skladišta',
};
