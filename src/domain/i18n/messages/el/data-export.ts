import type { AreaCatalogue } from '../area';
import type { dataExport as english } from '../en/data-export';

export const dataExport: AreaCatalogue<typeof english> = {
  'dataExport.monthsRange': '{from} έως {to}',
  'dataExport.noteVolumes':
    'Οι όγκοι των τμημάτων είναι τα στοιχεία της κατονομαζόμενης σειράς ροών· μια σειρά για ολόκληρη τη διαδρομή δεν είναι το μερίδιο του ίδιου του τμήματος.',
  'dataExport.noteSafeHouses': 'Τα κρησφύγετα είναι ενδεικτικά: καμία δημόσια πηγή δεν προσδιορίζει τη θέση τους.',
  'dataExport.noteEvents': 'Τα χρονολογημένα συμβάντα περιλαμβάνονται όποτε ο μήνας τους ανήκει στους μήνες που εξάγονται.',
  'dataExport.noteSchematic':
    'Τα τμήματα που επισημαίνονται ως σχηματικά είναι ροές ανά διαδρομή: η γραμμή τους ενώνει τις περιοχές αναχώρησης και άφιξης της διαδρομής και δεν αποτελεί πορεία.',
  'dataExport.csvTitle': '{app}: εξαγωγή όσων είναι ορατά στον χάρτη',
  'dataExport.csvGenerated': 'Δημιουργία: {generatedAt}',
  'dataExport.csvMonths': 'Μήνες: {months}',
  'dataExport.csvLayers': 'Επίπεδα: {layers}',
  'dataExport.csvNoLayers': 'Επίπεδα: κανένα',
  'dataExport.csvDataDate': 'Ημερομηνία δεδομένων: {dataDate}',
  'dataExport.csvSource': 'Πηγή {key}: {title} — άδεια: {licence}',
  'dataExport.licenceNotStated': 'δεν αναφέρεται',
  'dataExport.sourceNotDescribed': 'Δεν περιγράφεται στο σύνολο δεδομένων',
};
