import type { AreaCatalogue } from '../area';
import type { importNotes as english } from '../en/import-notes';

export const importNotes: AreaCatalogue<typeof english> = {
  'importNotes.datasetName': 'Të dhëna të importuara',
  'importNotes.sourceTitle': 'Skedar i përdoruesit {file}',
  'importNotes.sourceLicence': 'Të dhëna të përdoruesit (mbeten në këtë shfletues)',
  'importNotes.crossingAt': 'Pikë kalimi kufitar te {lat}, {lon}',
  'importNotes.placeAt': 'Vend te {lat}, {lon}',
  'importNotes.safeHouseAt': 'Shtëpi e sigurt te {lat}, {lon}',
  'importNotes.areaAt': 'Zonë te {lat}, {lon}',
  'importNotes.area': 'Zonë',
  'importNotes.lineEndAt': 'Fund i vijës te {lat}, {lon}',
  'importNotes.datedInFile': '{same, select, yes {Data në skedar: {from} (vendet shfaqen në çdo muaj).} other {Data në skedar: nga {from} deri {to} (vendet shfaqen në çdo muaj).}}',
  'importNotes.namedInFile': 'Emri në skedar: {name}.',
  'importNotes.countriesInFile': 'Vendet e dhëna në skedar: {countries}.',
  'importNotes.locationInFile': 'Pozicioni i dhënë në skedar: {lat}, {lon}.',
  'importNotes.sourceInFile': 'Burimi i dhënë në skedar: {source}.',
  'importNotes.madeWorkspacePlace': 'Krijuar nga importi: vendi \'\'{name}\'\' i hapësirës së punës, i përmendur nga një segment i {file}, në koordinatat e tij në kohën e importit.',
  'importNotes.madeNamedLineEnd': 'Krijuar nga importi: fund i një vije në {file}, i quajtur atje \'\'{name}\'\'.',
  'importNotes.madeLineEnd': 'Krijuar nga importi: fund i një vije në {file}, që këtu nuk përmend asnjë vend.',
  'importNotes.madeTown': 'Krijuar nga importi: qyteti i shtëpisë së sigurt {id} në {file}.',
  'importNotes.madeNamedCorridor': 'Krijuar nga importi: korridor i përmendur në {file}.',
  'importNotes.madeFileCorridor': 'Krijuar nga importi: vijat e {file} që nuk përmendin korridor.',
  'importNotes.segmentNeedsLine': 'një segment ka nevojë për një vijë',
  'importNotes.madeFlowCorridor': 'Krijuar nga importi: flukset e {file} ndërmjet vendeve të {where}, secili i vizatuar si vijë e drejtë ndërmjet dy vendeve të tij (jo rruga e ndjekur).',
  'importNotes.flowTotal': 'Shuma e dhënë në {file}: {total} ({unit}), shumë pa data; nuk shpërndahet ndër muaj.',
  'importNotes.flowPair': 'Fluks nga {origin} në {dest}, i vizatuar si vijë e drejtë ndërmjet dy vendeve.',
};
