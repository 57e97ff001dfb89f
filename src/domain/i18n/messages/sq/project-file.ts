import type { AreaCatalogue } from '../area';
import type { projectFile as english } from '../en/project-file';

export const projectFile: AreaCatalogue<typeof english> = {
  'projectFile.notJson': '„{file}” nuk mund të hapet si projekt RouteShift: nuk është JSON i vlefshëm ({reason}).',
  'projectFile.isDatasetFile': '„{file}” është skedar të dhënash RouteShift, jo skedar projekti: nuk mund të hapet si projekt.',
  'projectFile.notAProject': '„{file}” nuk është skedar projekti RouteShift (nuk thotë "format": "{format}"). Nëse përmban të dhëna harte, importojeni si grup të dhënash.',
  'projectFile.versionMissing': 'Pritej një version i formatit të projektit (numër i plotë nga 1), nuk u gjet asgjë',
  'projectFile.versionNotWhole': 'Pritej një version i formatit të projektit (numër i plotë nga 1), u gjet {found}',
  'projectFile.newerVersion': '„{file}” u ruajt nga një version më i ri i RouteShift (versioni i formatit të projektit {version}; ky version hap deri në versionin {latest}). Përditësoni RouteShift për ta hapur.',
  'projectFile.reservedDemoId': '\'\'{id}\'\' është i rezervuar për demonstrimin e integruar, që nuk ruhet kurrë në projekt',
  'projectFile.duplicateDatasetId': 'Id i dyfishtë grupi të dhënash \'\'{id}\'\' (së pari te {first})',
  'projectFile.invalid': '„{file}” është skedar projekti RouteShift, por ka {count, plural, one {# problem} other {# probleme}}, prandaj nuk u hap asgjë: {problems}{hasMore, select, yes { (dhe {more} të tjera)} other {}}.',
  'projectFile.noSettings': 'Projekti nuk ka cilësime; përdoren muaji, shtresat dhe pozicioni i hartës së parazgjedhur.',
  'projectFile.defaultMonth': 'muaji ({month})',
  'projectFile.defaultTheme': 'tema (e çelët)',
  'projectFile.defaultCamera': 'pozicioni i hartës (pamja e parazgjedhur)',
  'projectFile.defaultDemoShown': 'demonstrimi i shfaqur',
  'projectFile.defaultAllLayers': 'shtresat (të gjitha të shfaqura)',
  'projectFile.defaultLayers': '{count, plural, one {shtresa {layers} (e shfaqur)} other {shtresat {layers} (të shfaqura)}}',
  'projectFile.unknownLayers': '{count, plural, one {# shtresë në projekt nuk njihet nga ky version i RouteShift dhe u la jashtë: {layers}.} other {# shtresa në projekt nuk njihen nga ky version i RouteShift dhe u lanë jashtë: {layers}.}}',
  'projectFile.defaulted': 'Cilësimet që mungonin në projekt u vendosën në vlerat e parazgjedhura: {settings}.',
};
