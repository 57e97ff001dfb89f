import type { AreaCatalogue } from '../area';
import type { importFlows as english } from '../en/import-flows';

export const importFlows: AreaCatalogue<typeof english> = {
  'importFlows.routeEmpty': 'naziv rute je prazan',
  'importFlows.needsMonth': 'mjesečna vrijednost treba mjesec, pronađena je godina \'\'{year}\'\'',
  'importFlows.secondValue': 'druga vrijednost za \'\'{route}\'\' u {month} (prvi put u redu {line})',
  'importFlows.totalOnly': 'nema kolone vremena: broj je zbir za nepoznat period',
  'importFlows.totalShown': 'prikazano u svakom mjesecu, zbir u bilješkama (nije raspoređen po mjesecima)',
  'importFlows.endEmpty': '{role, select, origin {polazište (origin) je prazno} other {odredište (dest) je prazno}}',
  'importFlows.unknownLocation': '{role, select, origin {polazište \'\'{key}\'\' nije među lokacijama u {files}} other {odredište \'\'{key}\'\' nije među lokacijama u {files}}}',
  'importFlows.samePlace': 'polazište i odredište su ista lokacija \'\'{id}\'\': tok unutar jednog mjesta nema liniju za crtanje',
  'importFlows.countEmpty': 'broj je prazan',
  'importFlows.secondCount': 'drugi broj za {origin} → {dest} (prvi put u redu {line}); vrijednosti se nikad ne sabiraju',
  'importFlows.secondMonth': 'druga vrijednost u {month} za {origin} → {dest} (prvi put u redu {line}); vrijednosti se nikad ne sabiraju',
};
