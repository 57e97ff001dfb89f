import type { AreaCatalogue } from '../area';
import type { importFlows as english } from '../en/import-flows';

export const importFlows: AreaCatalogue<typeof english> = {
  'importFlows.routeEmpty': 'ime poti je prazno',
  'importFlows.needsMonth': 'mesečna vrednost potrebuje mesec, najdeno je leto \'\'{year}\'\'',
  'importFlows.secondValue': 'druga vrednost za \'\'{route}\'\' v {month} (prvič v vrstici {line})',
  'importFlows.totalOnly': 'ni stolpca s časom: število je vsota za neznano obdobje',
  'importFlows.totalShown': 'prikazano v vsakem mesecu, vsota v opombah (ni razdeljena po mesecih)',
  'importFlows.endEmpty': '{role, select, origin {izhodišče (origin) je prazno} other {cilj (dest) je prazen}}',
  'importFlows.unknownLocation': '{role, select, origin {izhodišča \'\'{key}\'\' ni med lokacijami v {files}} other {cilja \'\'{key}\'\' ni med lokacijami v {files}}}',
  'importFlows.samePlace': 'izhodišče in cilj sta ista lokacija \'\'{id}\'\': tok znotraj enega kraja nima črte za risanje',
  'importFlows.countEmpty': 'število je prazno',
  'importFlows.secondCount': 'drugo število za {origin} → {dest} (prvič v vrstici {line}); vrednosti se nikoli ne seštevajo',
  'importFlows.secondMonth': 'druga vrednost v {month} za {origin} → {dest} (prvič v vrstici {line}); vrednosti se nikoli ne seštevajo',
};
