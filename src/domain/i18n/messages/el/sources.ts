import type { AreaCatalogue } from '../area';
import type { sources as english } from '../en/sources';

export const sources: AreaCatalogue<typeof english> = {
  'sources.heading': 'Πηγές',
  'sources.weak': 'αδύναμη πηγή',
  'sources.notListed': 'δεν περιλαμβάνεται στο σύνολο δεδομένων',
  'sources.title': 'Πηγές και άδειες',
  'sources.close': 'Κλείσιμο πηγών',
  'sources.dataAsOf': '{name}. Δεδομένα έως {date}· μήνες από {from} έως {to}.',
  'sources.datasets': 'Σύνολα δεδομένων',
  'sources.dataDate': 'Ημερομηνία δεδομένων: {date}.',
  'sources.notStated': 'δεν αναφέρεται',
  'sources.licence': 'Άδεια / όροι: {licence}',
  'sources.naturalEarth':
    'Natural Earth 1:50m: χώρες, χερσαία σύνορα, ποτάμια και λίμνες· κατοικημένοι τόποι 1:10m και 1:50m. Δημόσιος τομέας.',
  'sources.references': 'Παρατιθέμενες αναφορές ({count})',
  'sources.referencesNote':
    'Οι διάδρομοι, οι τοποθεσίες, τα συμβάντα και οι τιμές προέρχονται από το έγγραφο αναφοράς διαδρομών του έργου, κάθε στοιχείο με αυτά τα κλειδιά παραπομπής.',
  'sources.citedAsReference': 'παρατίθεται ως αναφορά (στοιχεία και σύνδεσμος· δεν αντιγράφηκε περιεχόμενο)',
  'sources.quality':
    '{quality, select, primary {πρωτογενής} secondary {δευτερογενής} weak {αδύναμη} dataset {σύνολο δεδομένων} other {{quality}}}',
};
