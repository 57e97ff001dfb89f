import type { AreaCatalogue } from '../area';
import type { importFlows as english } from '../en/import-flows';

export const importFlows: AreaCatalogue<typeof english> = {
  'importFlows.routeEmpty': 'назив руте је празан',
  'importFlows.needsMonth': 'месечна вредност треба месец, пронађена је година \'\'{year}\'\'',
  'importFlows.secondValue': 'друга вредност за \'\'{route}\'\' у {month} (први пут у реду {line})',
  'importFlows.totalOnly': 'нема колоне времена: број је збир за непознат период',
  'importFlows.totalShown': 'приказано у сваком месецу, збир у белешкама (није распоређен по месецима)',
  'importFlows.endEmpty': '{role, select, origin {полазиште (origin) је празно} other {одредиште (dest) је празно}}',
  'importFlows.unknownLocation': '{role, select, origin {полазиште \'\'{key}\'\' није међу локацијама у {files}} other {одредиште \'\'{key}\'\' није међу локацијама у {files}}}',
  'importFlows.samePlace': 'полазиште и одредиште су иста локација \'\'{id}\'\': ток унутар једног места нема линију за цртање',
  'importFlows.countEmpty': 'број је празан',
  'importFlows.secondCount': 'други број за {origin} → {dest} (први пут у реду {line}); вредности се никад не сабирају',
  'importFlows.secondMonth': 'друга вредност у {month} за {origin} → {dest} (први пут у реду {line}); вредности се никад не сабирају',
};
