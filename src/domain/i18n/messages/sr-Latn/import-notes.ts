import type { AreaCatalogue } from '../area';
import type { importNotes as english } from '../en/import-notes';

export const importNotes: AreaCatalogue<typeof english> = {
  'importNotes.datasetName': 'Uvezeni podaci',
  'importNotes.sourceTitle': 'Korisnička datoteka {file}',
  'importNotes.sourceLicence': 'Korisnički podaci (ostaju u ovom pregledaču)',
  'importNotes.crossingAt': 'Granični prelaz kod {lat}, {lon}',
  'importNotes.placeAt': 'Mesto kod {lat}, {lon}',
  'importNotes.safeHouseAt': 'Sigurna kuća kod {lat}, {lon}',
  'importNotes.areaAt': 'Oblast kod {lat}, {lon}',
  'importNotes.area': 'Oblast',
  'importNotes.lineEndAt': 'Kraj linije kod {lat}, {lon}',
  'importNotes.datedInFile': '{same, select, yes {Datirano u datoteci: {from} (mesta se prikazuju u svim mesecima).} other {Datirano u datoteci: od {from} do {to} (mesta se prikazuju u svim mesecima).}}',
  'importNotes.namedInFile': 'Naziv u datoteci: {name}.',
  'importNotes.countriesInFile': 'Države navedene u datoteci: {countries}.',
  'importNotes.locationInFile': 'Položaj naveden u datoteci: {lat}, {lon}.',
  'importNotes.sourceInFile': 'Izvor naveden u datoteci: {source}.',
  'importNotes.madeWorkspacePlace': 'Napravio uvoz: mesto \'\'{name}\'\' iz radnog prostora koje imenuje segment iz {file}, na njegovim koordinatama u trenutku uvoza.',
  'importNotes.madeNamedLineEnd': 'Napravio uvoz: kraj linije u {file}, tamo nazvan \'\'{name}\'\'.',
  'importNotes.madeLineEnd': 'Napravio uvoz: kraj linije u {file}, koja ovde ne imenuje nijedno mesto.',
  'importNotes.madeTown': 'Napravio uvoz: mesto sigurne kuće {id} u {file}.',
  'importNotes.madeNamedCorridor': 'Napravio uvoz: koridor imenovan u {file}.',
  'importNotes.madeFileCorridor': 'Napravio uvoz: linije iz {file} koje ne imenuju koridor.',
  'importNotes.segmentNeedsLine': 'segmentu je potrebna linija',
  'importNotes.madeFlowCorridor': 'Napravio uvoz: tokovi iz {file} između mesta iz {where}, svaki nacrtan kao prava linija između svoja dva mesta (ne put kojim se išlo).',
  'importNotes.flowTotal': 'Zbir naveden u {file}: {total} ({unit}), zbir bez datuma; nije raspoređen po mesecima.',
  'importNotes.flowPair': 'Tok od {origin} do {dest}, nacrtan kao prava linija između dva mesta.',
};
