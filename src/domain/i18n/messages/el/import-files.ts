import type { AreaCatalogue } from '../area';
import type { importFile as english } from '../en/import-files';

export const importFile: AreaCatalogue<typeof english> = {
  'importFile.commentLinesSkipped': '{count, plural, one {# γραμμή σχολίου (αρχίζει με {hash}) πάνω από την κεφαλίδα παραλείφθηκε} other {# γραμμές σχολίων (αρχίζουν με {hash}) πάνω από την κεφαλίδα παραλείφθηκαν}}',
  'importFile.noHeaderRow': 'το αρχείο είναι κενό: δεν υπάρχει γραμμή κεφαλίδας',
  'importFile.noDataRows': 'το αρχείο έχει γραμμή κεφαλίδας αλλά καμία γραμμή δεδομένων',
  'importFile.unreadable': 'το αρχείο δεν μπόρεσε να διαβαστεί',
  'importFile.tooLarge': 'το αρχείο είναι {size}· το RouteShift εισάγει αρχεία έως {limit}: χωρίστε το σε μικρότερα αρχεία',
  'importFile.tooLargeNotice': 'Το {file} είναι {size}· το RouteShift εισάγει αρχεία έως {limit}. Χωρίστε το σε μικρότερα αρχεία.',
  'importFile.emptyBytes': 'το αρχείο είναι κενό (0 byte)',
  'importFile.onlyBlank': 'το αρχείο είναι κενό (μόνο κενά ή κενές γραμμές)',
  'importFile.internalError': 'Το RouteShift δεν μπόρεσε να διαβάσει αυτό το αρχείο (εσωτερικό σφάλμα: {message})· δεν εισήχθη τίποτα από αυτό',
  'importFile.workerStopped': 'Η εισαγωγή σταμάτησε',
};
