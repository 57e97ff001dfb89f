import type { AreaCatalogue } from '../area';
import type { importFlows as english } from '../en/import-flows';

export const importFlows: AreaCatalogue<typeof english> = {
  'importFlows.routeEmpty': 'името на рутата е празно',
  'importFlows.needsMonth': 'месечната вредност бара месец, пронајдена е годината \'\'{year}\'\'',
  'importFlows.secondValue': 'втора вредност за \'\'{route}\'\' во {month} (прво во редот {line})',
  'importFlows.totalOnly': 'нема колона за време: бројот е збир за непознат период',
  'importFlows.totalShown': 'прикажано во секој месец, збирот во белешките (не е распореден по месеци)',
  'importFlows.endEmpty': '{role, select, origin {потеклото (origin) е празно} other {одредиштето (dest) е празно}}',
  'importFlows.unknownLocation': '{role, select, origin {потеклото \'\'{key}\'\' не е меѓу локациите во {files}} other {одредиштето \'\'{key}\'\' не е меѓу локациите во {files}}}',
  'importFlows.samePlace': 'потеклото и одредиштето се истата локација \'\'{id}\'\': тек во едно место нема линија за цртање',
  'importFlows.countEmpty': 'бројот е празен',
  'importFlows.secondCount': 'втор број за {origin} → {dest} (прво во редот {line}); вредностите никогаш не се собираат',
  'importFlows.secondMonth': 'втора вредност во {month} за {origin} → {dest} (прво во редот {line}); вредностите никогаш не се собираат',
};
