import type { AreaCatalogue } from '../area';
import type { importFlows as english } from '../en/import-flows';

export const importFlows: AreaCatalogue<typeof english> = {
  'importFlows.routeEmpty': 'το όνομα της διαδρομής είναι κενό',
  'importFlows.needsMonth': 'μια μηνιαία τιμή χρειάζεται μήνα, βρέθηκε το έτος \'\'{year}\'\'',
  'importFlows.secondValue': 'δεύτερη τιμή για \'\'{route}\'\' τον μήνα {month} (πρώτη φορά στη γραμμή {line})',
  'importFlows.totalOnly': 'καμία στήλη χρόνου: το πλήθος είναι σύνολο για άγνωστη περίοδο',
  'importFlows.totalShown': 'εμφανίζεται σε κάθε μήνα, το σύνολο στις σημειώσεις (δεν κατανέμεται στους μήνες)',
  'importFlows.endEmpty': '{role, select, origin {η αφετηρία (origin) είναι κενή} other {ο προορισμός (dest) είναι κενός}}',
  'importFlows.unknownLocation': '{role, select, origin {η αφετηρία \'\'{key}\'\' δεν είναι στις τοποθεσίες του {files}} other {ο προορισμός \'\'{key}\'\' δεν είναι στις τοποθεσίες του {files}}}',
  'importFlows.samePlace': 'αφετηρία και προορισμός είναι η ίδια τοποθεσία \'\'{id}\'\': μια ροή μέσα σε ένα μέρος δεν έχει γραμμή για σχεδίαση',
  'importFlows.countEmpty': 'το πλήθος είναι κενό',
  'importFlows.secondCount': 'δεύτερο πλήθος για {origin} → {dest} (πρώτη φορά στη γραμμή {line})· οι τιμές δεν αθροίζονται ποτέ',
  'importFlows.secondMonth': 'δεύτερη τιμή τον μήνα {month} για {origin} → {dest} (πρώτη φορά στη γραμμή {line})· οι τιμές δεν αθροίζονται ποτέ',
};
