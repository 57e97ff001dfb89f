import type { AreaCatalogue } from '../area';
import type { importNotes as english } from '../en/import-notes';

export const importNotes: AreaCatalogue<typeof english> = {
  'importNotes.datasetName': 'Εισαγόμενα δεδομένα',
  'importNotes.sourceTitle': 'Αρχείο χρήστη {file}',
  'importNotes.sourceLicence': 'Δεδομένα χρήστη (μένουν σε αυτό το πρόγραμμα περιήγησης)',
  'importNotes.crossingAt': 'Συνοριακή διάβαση στο {lat}, {lon}',
  'importNotes.placeAt': 'Τοποθεσία στο {lat}, {lon}',
  'importNotes.safeHouseAt': 'Κρησφύγετο στο {lat}, {lon}',
  'importNotes.areaAt': 'Περιοχή στο {lat}, {lon}',
  'importNotes.area': 'Περιοχή',
  'importNotes.lineEndAt': 'Άκρο γραμμής στο {lat}, {lon}',
  'importNotes.datedInFile': '{same, select, yes {Χρονολόγηση στο αρχείο: {from} (οι τοποθεσίες εμφανίζονται σε κάθε μήνα).} other {Χρονολόγηση στο αρχείο: {from} έως {to} (οι τοποθεσίες εμφανίζονται σε κάθε μήνα).}}',
  'importNotes.namedInFile': 'Όνομα στο αρχείο: {name}.',
  'importNotes.countriesInFile': 'Χώρες που δίνονται στο αρχείο: {countries}.',
  'importNotes.locationInFile': 'Θέση που δίνεται στο αρχείο: {lat}, {lon}.',
  'importNotes.sourceInFile': 'Πηγή που δίνεται στο αρχείο: {source}.',
  'importNotes.madeWorkspacePlace': 'Δημιουργήθηκε από την εισαγωγή: τοποθεσία \'\'{name}\'\' του χώρου εργασίας που ονομάζει ένα τμήμα του {file}, στις συντεταγμένες της κατά την εισαγωγή.',
  'importNotes.madeNamedLineEnd': 'Δημιουργήθηκε από την εισαγωγή: άκρο γραμμής στο {file}, που ονομάζεται εκεί \'\'{name}\'\'.',
  'importNotes.madeLineEnd': 'Δημιουργήθηκε από την εισαγωγή: άκρο γραμμής στο {file}, που εδώ δεν ονομάζει καμία τοποθεσία.',
  'importNotes.madeTown': 'Δημιουργήθηκε από την εισαγωγή: η πόλη του κρησφύγετου {id} στο {file}.',
  'importNotes.madeNamedCorridor': 'Δημιουργήθηκε από την εισαγωγή: διάδρομος που ονομάζεται στο {file}.',
  'importNotes.madeFileCorridor': 'Δημιουργήθηκε από την εισαγωγή: οι γραμμές του {file} που δεν ονομάζουν διάδρομο.',
  'importNotes.segmentNeedsLine': 'ένα τμήμα χρειάζεται γραμμή',
  'importNotes.madeFlowCorridor': 'Δημιουργήθηκε από την εισαγωγή: οι ροές του {file} μεταξύ των τοποθεσιών του {where}, καθεμία σχεδιασμένη ως ευθεία γραμμή μεταξύ των δύο τοποθεσιών της (όχι η διαδρομή που ακολουθήθηκε).',
  'importNotes.flowTotal': 'Σύνολο που δίνεται στο {file}: {total} ({unit}), σύνολο χωρίς ημερομηνίες· δεν κατανέμεται στους μήνες.',
  'importNotes.flowPair': 'Ροή από {origin} προς {dest}, σχεδιασμένη ως ευθεία γραμμή μεταξύ των δύο τοποθεσιών.',
};
