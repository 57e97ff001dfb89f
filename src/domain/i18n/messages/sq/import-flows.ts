import type { AreaCatalogue } from '../area';
import type { importFlows as english } from '../en/import-flows';

export const importFlows: AreaCatalogue<typeof english> = {
  'importFlows.routeEmpty': 'emri i rrugës është bosh',
  'importFlows.needsMonth': 'një vlerë mujore ka nevojë për muaj, u gjet viti \'\'{year}\'\'',
  'importFlows.secondValue': 'një vlerë e dytë për \'\'{route}\'\' në {month} (së pari në rreshtin {line})',
  'importFlows.totalOnly': 'nuk ka kolonë kohe: numri është shuma për një periudhë të panjohur',
  'importFlows.totalShown': 'shfaqet në çdo muaj, shuma në shënime (nuk shpërndahet ndër muaj)',
  'importFlows.endEmpty': '{role, select, origin {origjina (origin) është bosh} other {destinacioni (dest) është bosh}}',
  'importFlows.unknownLocation': '{role, select, origin {origjina \'\'{key}\'\' nuk është ndër vendndodhjet në {files}} other {destinacioni \'\'{key}\'\' nuk është ndër vendndodhjet në {files}}}',
  'importFlows.samePlace': 'origjina dhe destinacioni janë i njëjti vend \'\'{id}\'\': një fluks brenda një vendi nuk ka vijë për të vizatuar',
  'importFlows.countEmpty': 'numri është bosh',
  'importFlows.secondCount': 'një numër i dytë për {origin} → {dest} (së pari në rreshtin {line}); vlerat nuk mblidhen kurrë',
  'importFlows.secondMonth': 'një vlerë e dytë në {month} për {origin} → {dest} (së pari në rreshtin {line}); vlerat nuk mblidhen kurrë',
};
