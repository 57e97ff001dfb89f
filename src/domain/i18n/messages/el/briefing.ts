import type { AreaCatalogue } from '../area';
import type { briefing as english } from '../en/briefing';

export const briefing: AreaCatalogue<typeof english> = {
  'briefing.theme': 'Θέμα',
  'briefing.marking': 'Γραμμή σήμανσης',
  'briefing.markingPlaceholder': 'π.χ. ΥΠΗΡΕΣΙΑΚΟ — μόνο για ενημέρωση',
  'briefing.markingHint': 'Εμφανίζεται στο πάνω και στο κάτω μέρος της οθόνης και σε κάθε εξαγωγή. Κενό = καμία.',
  'briefing.playBetween': 'Αναπαραγωγή των μηνών μεταξύ δύο προβολών',
  'briefing.autoAdvance': 'Αυτόματη μετάβαση',
  'briefing.autoAdvanceOff': 'Ανενεργή (τηλεχειριστήριο ή πλήκτρα)',
  'briefing.autoAdvanceEvery': 'Κάθε {seconds} δευτ.',
  'briefing.markingLabel': 'Σήμανση',
};
