import type { AreaCatalogue } from '../area';
import type { projectFile as english } from '../en/project-file';

export const projectFile: AreaCatalogue<typeof english> = {
  'projectFile.notJson': 'Το «{file}» δεν ανοίγει ως έργο RouteShift: δεν είναι έγκυρο JSON ({reason}).',
  'projectFile.isDatasetFile': 'Το «{file}» είναι αρχείο συνόλου δεδομένων RouteShift, όχι αρχείο έργου: δεν ανοίγει ως έργο.',
  'projectFile.notAProject': 'Το «{file}» δεν είναι αρχείο έργου RouteShift (δεν αναφέρει "format": "{format}"). Αν περιέχει δεδομένα χάρτη, εισαγάγετέ το ως σύνολο δεδομένων.',
  'projectFile.versionMissing': 'Αναμενόταν έκδοση μορφής έργου (ακέραιος από 1), δεν βρέθηκε τίποτα',
  'projectFile.versionNotWhole': 'Αναμενόταν έκδοση μορφής έργου (ακέραιος από 1), βρέθηκε {found}',
  'projectFile.newerVersion': 'Το «{file}» αποθηκεύτηκε από νεότερη έκδοση του RouteShift (έκδοση μορφής έργου {version}· αυτή η έκδοση ανοίγει έως την έκδοση {latest}). Ενημερώστε το RouteShift για να το ανοίξετε.',
  'projectFile.reservedDemoId': 'Το \'\'{id}\'\' προορίζεται για την ενσωματωμένη επίδειξη, που δεν αποθηκεύεται ποτέ σε έργο',
  'projectFile.duplicateDatasetId': 'Διπλό id συνόλου δεδομένων \'\'{id}\'\' (πρώτη φορά στο {first})',
  'projectFile.invalid': 'Το «{file}» είναι αρχείο έργου RouteShift αλλά έχει {count, plural, one {# πρόβλημα} other {# προβλήματα}}, οπότε δεν άνοιξε τίποτα: {problems}{hasMore, select, yes { (και {more} ακόμη)} other {}}.',
  'projectFile.noSettings': 'Το έργο δεν έχει ρυθμίσεις· χρησιμοποιούνται ο προεπιλεγμένος μήνας, τα επίπεδα και η θέση χάρτη.',
  'projectFile.defaultMonth': 'μήνας ({month})',
  'projectFile.defaultTheme': 'θέμα (φωτεινό)',
  'projectFile.defaultCamera': 'θέση χάρτη (προεπιλεγμένη προβολή)',
  'projectFile.defaultDemoShown': 'επίδειξη εμφανής',
  'projectFile.defaultAllLayers': 'επίπεδα (όλα εμφανή)',
  'projectFile.defaultLayers': '{count, plural, one {επίπεδο {layers} (εμφανές)} other {επίπεδα {layers} (εμφανή)}}',
  'projectFile.unknownLayers': '{count, plural, one {# επίπεδο του έργου δεν είναι γνωστό σε αυτή την έκδοση του RouteShift και παραλείφθηκε: {layers}.} other {# επίπεδα του έργου δεν είναι γνωστά σε αυτή την έκδοση του RouteShift και παραλείφθηκαν: {layers}.}}',
  'projectFile.defaulted': 'Οι ρυθμίσεις που έλειπαν από το έργο ορίστηκαν στις προεπιλογές: {settings}.',
};
