import type { AreaCatalogue } from '../area';
import type { projectFile as english } from '../en/project-file';

export const projectFile: AreaCatalogue<typeof english> = {
  'projectFile.notJson': '»{file}« ni mogoče odpreti kot projekt RouteShift: ni veljaven JSON ({reason}).',
  'projectFile.isDatasetFile': '»{file}« je datoteka podatkovnega niza RouteShift, ne projektna datoteka: ni je mogoče odpreti kot projekt.',
  'projectFile.notAProject': '»{file}« ni projektna datoteka RouteShift (ne navaja "format": "{format}"). Če vsebuje podatke za karto, jo raje uvozite kot podatkovni niz.',
  'projectFile.versionMissing': 'Pričakovana je različica formata projekta (celo število od 1 naprej), ni pa je',
  'projectFile.versionNotWhole': 'Pričakovana je različica formata projekta (celo število od 1 naprej), najdeno {found}',
  'projectFile.newerVersion': '»{file}« je shranila novejša različica RouteShifta (različica formata projekta {version}; ta različica odpre do različice {latest}). Posodobite RouteShift, da jo odprete.',
  'projectFile.reservedDemoId': '\'\'{id}\'\' je pridržan za vgrajeni demo, ki se nikoli ne shrani v projekt',
  'projectFile.duplicateDatasetId': 'Podvojen id podatkovnega niza \'\'{id}\'\' (prvič pri {first})',
  'projectFile.invalid': '»{file}« je projektna datoteka RouteShift, vendar ima {count, plural, one {# težavo} two {# težavi} few {# težave} other {# težav}}, zato ni bilo nič odprto: {problems}{hasMore, select, yes { (in še {more})} other {}}.',
  'projectFile.noSettings': 'Projekt nima nastavitev; uporabljeni so privzeti mesec, sloji in položaj karte.',
  'projectFile.defaultMonth': 'mesec ({month})',
  'projectFile.defaultTheme': 'tema (svetla)',
  'projectFile.defaultCamera': 'položaj karte (privzeti pogled)',
  'projectFile.defaultDemoShown': 'demo prikazan',
  'projectFile.defaultAllLayers': 'sloji (vsi prikazani)',
  'projectFile.defaultLayers': '{count, plural, one {sloj {layers} (prikazan)} two {sloja {layers} (prikazana)} few {sloji {layers} (prikazani)} other {sloji {layers} (prikazani)}}',
  'projectFile.unknownLayers': '{count, plural, one {# sloj v projektu ta različica RouteShifta ne pozna in je bil izpuščen: {layers}.} two {# sloja v projektu ta različica RouteShifta ne pozna in sta bila izpuščena: {layers}.} few {# sloje v projektu ta različica RouteShifta ne pozna in so bili izpuščeni: {layers}.} other {# slojev v projektu ta različica RouteShifta ne pozna in so bili izpuščeni: {layers}.}}',
  'projectFile.defaulted': 'Nastavitve, ki jih projekt nima, so nastavljene na privzete: {settings}.',
};
