import type { AreaCatalogue } from '../area';
import type { importNotes as english } from '../en/import-notes';

export const importNotes: AreaCatalogue<typeof english> = {
  'importNotes.datasetName': 'Увезени податоци',
  'importNotes.sourceTitle': 'Корисничка датотека {file}',
  'importNotes.sourceLicence': 'Кориснички податоци (остануваат во овој прелистувач)',
  'importNotes.crossingAt': 'Граничен премин кај {lat}, {lon}',
  'importNotes.placeAt': 'Место кај {lat}, {lon}',
  'importNotes.safeHouseAt': 'Безбедна куќа кај {lat}, {lon}',
  'importNotes.areaAt': 'Област кај {lat}, {lon}',
  'importNotes.area': 'Област',
  'importNotes.lineEndAt': 'Крај на линија кај {lat}, {lon}',
  'importNotes.datedInFile': '{same, select, yes {Датирано во датотеката: {from} (местата се прикажуваат во секој месец).} other {Датирано во датотеката: од {from} до {to} (местата се прикажуваат во секој месец).}}',
  'importNotes.namedInFile': 'Име во датотеката: {name}.',
  'importNotes.countriesInFile': 'Земји наведени во датотеката: {countries}.',
  'importNotes.locationInFile': 'Положба наведена во датотеката: {lat}, {lon}.',
  'importNotes.sourceInFile': 'Извор наведен во датотеката: {source}.',
  'importNotes.madeWorkspacePlace': 'Создадено при увозот: место \'\'{name}\'\' од работниот простор, именувано од сегмент од {file}, на неговите координати во времето на увозот.',
  'importNotes.madeNamedLineEnd': 'Создадено при увозот: крај на линија во {file}, таму именуван \'\'{name}\'\'.',
  'importNotes.madeLineEnd': 'Создадено при увозот: крај на линија во {file}, која тука не именува место.',
  'importNotes.madeTown': 'Создадено при увозот: местото на безбедната куќа {id} во {file}.',
  'importNotes.madeNamedCorridor': 'Создадено при увозот: коридор именуван во {file}.',
  'importNotes.madeFileCorridor': 'Создадено при увозот: линиите од {file} што не именуваат коридор.',
  'importNotes.segmentNeedsLine': 'на сегментот му треба линија',
  'importNotes.madeFlowCorridor': 'Создадено при увозот: токовите од {file} меѓу местата од {where}, секој нацртан како права линија меѓу неговите две места (не патот по кој се одело).',
  'importNotes.flowTotal': 'Збир наведен во {file}: {total} ({unit}), збир без датуми; не е распореден по месеци.',
  'importNotes.flowPair': 'Тек од {origin} до {dest}, нацртан како права линија меѓу двете места.',
};
