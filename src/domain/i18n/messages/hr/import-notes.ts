import type { AreaCatalogue } from '../area';
import type { importNotes as english } from '../en/import-notes';

export const importNotes: AreaCatalogue<typeof english> = {
  'importNotes.datasetName': 'Uvezeni podaci',
  'importNotes.sourceTitle': 'Korisnička datoteka {file}',
  'importNotes.sourceLicence': 'Korisnički podaci (ostaju u ovom pregledniku)',
  'importNotes.crossingAt': 'Granični prijelaz kod {lat}, {lon}',
  'importNotes.placeAt': 'Mjesto kod {lat}, {lon}',
  'importNotes.safeHouseAt': 'Sigurna kuća kod {lat}, {lon}',
  'importNotes.areaAt': 'Područje kod {lat}, {lon}',
  'importNotes.area': 'Područje',
  'importNotes.lineEndAt': 'Kraj linije kod {lat}, {lon}',
  'importNotes.datedInFile': '{same, select, yes {Datirano u datoteci: {from} (mjesta se prikazuju u svim mjesecima).} other {Datirano u datoteci: od {from} do {to} (mjesta se prikazuju u svim mjesecima).}}',
  'importNotes.namedInFile': 'Naziv u datoteci: {name}.',
  'importNotes.countriesInFile': 'Države navedene u datoteci: {countries}.',
  'importNotes.locationInFile': 'Položaj naveden u datoteci: {lat}, {lon}.',
  'importNotes.sourceInFile': 'Izvor naveden u datoteci: {source}.',
  'importNotes.madeWorkspacePlace': 'Stvorio uvoz: mjesto \'\'{name}\'\' iz radnog prostora koje imenuje segment iz {file}, na njegovim koordinatama u trenutku uvoza.',
  'importNotes.madeNamedLineEnd': 'Stvorio uvoz: kraj linije u {file}, ondje nazvan \'\'{name}\'\'.',
  'importNotes.madeLineEnd': 'Stvorio uvoz: kraj linije u {file}, koja ovdje ne imenuje nijedno mjesto.',
  'importNotes.madeTown': 'Stvorio uvoz: mjesto sigurne kuće {id} u {file}.',
  'importNotes.madeNamedCorridor': 'Stvorio uvoz: koridor imenovan u {file}.',
  'importNotes.madeFileCorridor': 'Stvorio uvoz: linije iz {file} koje ne imenuju koridor.',
  'importNotes.segmentNeedsLine': 'segment treba liniju',
  'importNotes.madeFlowCorridor': 'Stvorio uvoz: tokovi iz {file} između mjesta iz {where}, svaki nacrtan kao ravna linija između svoja dva mjesta (ne put kojim se išlo).',
  'importNotes.flowTotal': 'Zbroj naveden u {file}: {total} ({unit}), zbroj bez datuma; nije raspoređen po mjesecima.',
  'importNotes.flowPair': 'Tok od {origin} do {dest}, nacrtan kao ravna linija između dvaju mjesta.',
};
