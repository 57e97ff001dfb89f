import type { AreaCatalogue } from '../area';
import type { importNotes as english } from '../en/import-notes';

export const importNotes: AreaCatalogue<typeof english> = {
  'importNotes.datasetName': 'Uvoženi podatki',
  'importNotes.sourceTitle': 'Uporabnikova datoteka {file}',
  'importNotes.sourceLicence': 'Uporabnikovi podatki (ostanejo v tem brskalniku)',
  'importNotes.crossingAt': 'Mejni prehod pri {lat}, {lon}',
  'importNotes.placeAt': 'Kraj pri {lat}, {lon}',
  'importNotes.safeHouseAt': 'Varna hiša pri {lat}, {lon}',
  'importNotes.areaAt': 'Območje pri {lat}, {lon}',
  'importNotes.area': 'Območje',
  'importNotes.lineEndAt': 'Konec črte pri {lat}, {lon}',
  'importNotes.datedInFile': '{same, select, yes {Datirano v datoteki: {from} (kraji so prikazani v vseh mesecih).} other {Datirano v datoteki: od {from} do {to} (kraji so prikazani v vseh mesecih).}}',
  'importNotes.namedInFile': 'Ime v datoteki: {name}.',
  'importNotes.countriesInFile': 'Države, navedene v datoteki: {countries}.',
  'importNotes.locationInFile': 'Lokacija, navedena v datoteki: {lat}, {lon}.',
  'importNotes.sourceInFile': 'Vir, naveden v datoteki: {source}.',
  'importNotes.madeWorkspacePlace': 'Ustvaril uvoz: kraj \'\'{name}\'\' iz delovnega prostora, ki ga imenuje odsek iz {file}, na njegovih koordinatah ob uvozu.',
  'importNotes.madeNamedLineEnd': 'Ustvaril uvoz: konec črte v {file}, tam imenovan \'\'{name}\'\'.',
  'importNotes.madeLineEnd': 'Ustvaril uvoz: konec črte v {file}, ki tu ne imenuje nobenega kraja.',
  'importNotes.madeTown': 'Ustvaril uvoz: kraj varne hiše {id} v {file}.',
  'importNotes.madeNamedCorridor': 'Ustvaril uvoz: koridor, imenovan v {file}.',
  'importNotes.madeFileCorridor': 'Ustvaril uvoz: črte iz {file}, ki ne imenujejo koridorja.',
  'importNotes.segmentNeedsLine': 'odsek potrebuje črto',
  'importNotes.madeFlowCorridor': 'Ustvaril uvoz: tokovi iz {file} med kraji iz {where}, vsak narisan kot ravna črta med svojima krajema (ne pot, po kateri so šli).',
  'importNotes.flowTotal': 'Vsota, navedena v {file}: {total} ({unit}), vsota brez datumov; ni razdeljena po mesecih.',
  'importNotes.flowPair': 'Tok od {origin} do {dest}, narisan kot ravna črta med krajema.',
};
