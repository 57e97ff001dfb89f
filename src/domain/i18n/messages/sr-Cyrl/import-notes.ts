import type { AreaCatalogue } from '../area';
import type { importNotes as english } from '../en/import-notes';

export const importNotes: AreaCatalogue<typeof english> = {
  'importNotes.datasetName': 'Увезени подаци',
  'importNotes.sourceTitle': 'Корисничка датотека {file}',
  'importNotes.sourceLicence': 'Кориснички подаци (остају у овом прегледачу)',
  'importNotes.crossingAt': 'Гранични прелаз код {lat}, {lon}',
  'importNotes.placeAt': 'Место код {lat}, {lon}',
  'importNotes.safeHouseAt': 'Сигурна кућа код {lat}, {lon}',
  'importNotes.areaAt': 'Област код {lat}, {lon}',
  'importNotes.area': 'Област',
  'importNotes.lineEndAt': 'Крај линије код {lat}, {lon}',
  'importNotes.datedInFile': '{same, select, yes {Датирано у датотеци: {from} (места се приказују у свим месецима).} other {Датирано у датотеци: од {from} до {to} (места се приказују у свим месецима).}}',
  'importNotes.namedInFile': 'Назив у датотеци: {name}.',
  'importNotes.countriesInFile': 'Државе наведене у датотеци: {countries}.',
  'importNotes.locationInFile': 'Положај наведен у датотеци: {lat}, {lon}.',
  'importNotes.sourceInFile': 'Извор наведен у датотеци: {source}.',
  'importNotes.madeWorkspacePlace': 'Направио увоз: место \'\'{name}\'\' из радног простора које именује сегмент из {file}, на његовим координатама у тренутку увоза.',
  'importNotes.madeNamedLineEnd': 'Направио увоз: крај линије у {file}, тамо назван \'\'{name}\'\'.',
  'importNotes.madeLineEnd': 'Направио увоз: крај линије у {file}, која овде не именује ниједно место.',
  'importNotes.madeTown': 'Направио увоз: место сигурне куће {id} у {file}.',
  'importNotes.madeNamedCorridor': 'Направио увоз: коридор именован у {file}.',
  'importNotes.madeFileCorridor': 'Направио увоз: линије из {file} које не именују коридор.',
  'importNotes.segmentNeedsLine': 'сегменту је потребна линија',
  'importNotes.madeFlowCorridor': 'Направио увоз: токови из {file} између места из {where}, сваки нацртан као права линија између своја два места (не пут којим се ишло).',
  'importNotes.flowTotal': 'Збир наведен у {file}: {total} ({unit}), збир без датума; није распоређен по месецима.',
  'importNotes.flowPair': 'Ток од {origin} до {dest}, нацртан као права линија између два места.',
};
