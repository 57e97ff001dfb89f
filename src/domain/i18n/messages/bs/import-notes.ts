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
  'importNotes.madeWorkspacePlace': 'Napravio uvoz: mjesto \'\'{name}\'\' iz radnog prostora koje imenuje segment iz {file}, na njegovim koordinatama u trenutku uvoza.',
  'importNotes.madeNamedLineEnd': 'Napravio uvoz: kraj linije u {file}, tamo nazvan \'\'{name}\'\'.',
  'importNotes.madeLineEnd': 'Napravio uvoz: kraj linije u {file}, koja ovdje ne imenuje nijedno mjesto.',
  'importNotes.madeTown': 'Napravio uvoz: mjesto sigurne kuće {id} u {file}.',
  'importNotes.madeNamedCorridor': 'Napravio uvoz: koridor imenovan u {file}.',
  'importNotes.madeFileCorridor': 'Napravio uvoz: linije iz {file} koje ne imenuju koridor.',
  'importNotes.segmentNeedsLine': 'segmentu je potrebna linija',
  'importNotes.madeFlowCorridor': 'Napravio uvoz: tokovi iz {file} između mjesta iz {where}, svaki nacrtan kao prava linija između svoja dva mjesta (ne put kojim se išlo).',
  'importNotes.flowTotal': 'Zbir naveden u {file}: {total} ({unit}), zbir bez datuma; nije raspoređen po mjesecima.',
  'importNotes.flowPair': 'Tok od {origin} do {dest}, nacrtan kao prava linija između dva mjesta.',
};
