import type { AreaCatalogue } from '../area';
import type { projectFile as english } from '../en/project-file';

export const projectFile: AreaCatalogue<typeof english> = {
  'projectFile.notJson': '„{file}” nije moguće otvoriti kao RouteShift projekat: nije ispravan JSON ({reason}).',
  'projectFile.isDatasetFile': '„{file}” je RouteShift datoteka skupa podataka, a ne datoteka projekta: ne može se otvoriti kao projekat.',
  'projectFile.notAProject': '„{file}” nije RouteShift datoteka projekta (ne navodi "format": "{format}"). Ako sadrži podatke za kartu, uvezite je kao skup podataka.',
  'projectFile.versionMissing': 'Očekivana je verzija formata projekta (cijeli broj od 1 naviše), a nema je',
  'projectFile.versionNotWhole': 'Očekivana je verzija formata projekta (cijeli broj od 1 naviše), pronađeno {found}',
  'projectFile.newerVersion': '„{file}” je sačuvala novija verzija RouteShifta (verzija formata projekta {version}; ova verzija otvara do verzije {latest}). Ažurirajte RouteShift da biste je otvorili.',
  'projectFile.reservedDemoId': '\'\'{id}\'\' je rezervisan za ugrađeni demo, koji se nikad ne čuva u projektu',
  'projectFile.duplicateDatasetId': 'Dupli id skupa podataka \'\'{id}\'\' (prvi put na {first})',
  'projectFile.invalid': '„{file}” je RouteShift datoteka projekta, ali ima {count, plural, one {# problem} few {# problema} other {# problema}}, pa ništa nije otvoreno: {problems}{hasMore, select, yes { (i još {more})} other {}}.',
  'projectFile.noSettings': 'Projekat nema postavki; koriste se zadani mjesec, slojevi i položaj karte.',
  'projectFile.defaultMonth': 'mjesec ({month})',
  'projectFile.defaultTheme': 'tema (svijetla)',
  'projectFile.defaultCamera': 'položaj karte (zadani prikaz)',
  'projectFile.defaultDemoShown': 'demo prikazan',
  'projectFile.defaultAllLayers': 'slojevi (svi prikazani)',
  'projectFile.defaultLayers': '{count, plural, one {sloj {layers} (prikazan)} few {slojevi {layers} (prikazani)} other {slojevi {layers} (prikazani)}}',
  'projectFile.unknownLayers': '{count, plural, one {# sloj u projektu ova verzija RouteShifta ne poznaje pa je izostavljen: {layers}.} few {# sloja u projektu ova verzija RouteShifta ne poznaje pa su izostavljena: {layers}.} other {# slojeva u projektu ova verzija RouteShifta ne poznaje pa su izostavljeni: {layers}.}}',
  'projectFile.defaulted': 'Postavke koje projekat nema postavljene su na zadane: {settings}.',
};
