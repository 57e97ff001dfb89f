import type { AreaCatalogue } from '../area';
import type { projectFile as english } from '../en/project-file';

export const projectFile: AreaCatalogue<typeof english> = {
  'projectFile.notJson': '„{file}“ lässt sich nicht als RouteShift-Projekt öffnen: kein gültiges JSON ({reason}).',
  'projectFile.isDatasetFile': '„{file}“ ist eine RouteShift-Datensatzdatei, keine Projektdatei: sie lässt sich nicht als Projekt öffnen.',
  'projectFile.notAProject': '„{file}“ ist keine RouteShift-Projektdatei (sie enthält nicht "format": "{format}"). Enthält sie Kartendaten, importieren Sie sie stattdessen als Datensatz.',
  'projectFile.versionMissing': 'Erwartet wurde eine Projektformat-Version (eine ganze Zahl ab 1), gefunden wurde nichts',
  'projectFile.versionNotWhole': 'Erwartet wurde eine Projektformat-Version (eine ganze Zahl ab 1), gefunden: {found}',
  'projectFile.newerVersion': '„{file}“ wurde mit einer neueren RouteShift-Version gespeichert (Projektformat-Version {version}; diese Version öffnet bis Version {latest}). Aktualisieren Sie RouteShift, um sie zu öffnen.',
  'projectFile.reservedDemoId': '\'\'{id}\'\' ist der eingebauten Demo vorbehalten, die nie in einem Projekt gespeichert wird',
  'projectFile.duplicateDatasetId': 'Doppelte Datensatz-ID \'\'{id}\'\' (zuerst bei {first})',
  'projectFile.invalid': '„{file}“ ist eine RouteShift-Projektdatei, hat aber {count, plural, one {ein Problem} other {# Probleme}}, daher wurde nichts geöffnet: {problems}{hasMore, select, yes { (und {more} weitere)} other {}}.',
  'projectFile.noSettings': 'Das Projekt hat keine Einstellungen; Standardmonat, -ebenen und -kartenposition werden verwendet.',
  'projectFile.defaultMonth': 'Monat ({month})',
  'projectFile.defaultTheme': 'Design (hell)',
  'projectFile.defaultCamera': 'Kartenposition (Standardansicht)',
  'projectFile.defaultDemoShown': 'Demo angezeigt',
  'projectFile.defaultAllLayers': 'Ebenen (alle angezeigt)',
  'projectFile.defaultLayers': '{count, plural, one {Ebene {layers} (angezeigt)} other {Ebenen {layers} (angezeigt)}}',
  'projectFile.unknownLayers': '{count, plural, one {# Ebene im Projekt ist dieser RouteShift-Version unbekannt und wurde weggelassen: {layers}.} other {# Ebenen im Projekt sind dieser RouteShift-Version unbekannt und wurden weggelassen: {layers}.}}',
  'projectFile.defaulted': 'Im Projekt fehlende Einstellungen wurden auf ihre Standardwerte gesetzt: {settings}.',
};
