import type { AreaCatalogue } from '../area';
import type { appShell as english } from '../en/app-shell';

export const appShell: AreaCatalogue<typeof english> = {
  'app.tagline': 'Βαλκανικές και μεσογειακές διαδρομές, μήνα προς μήνα',
  'app.loadingDemo': 'Φόρτωση των δεδομένων επίδειξης…',
  'app.demoLoadFailed': 'Δεν ήταν δυνατή η φόρτωση των δεδομένων επίδειξης. {reason}',
  'app.loadingCharts': 'Φόρτωση διαγραμμάτων…',
  'app.loading': 'Φόρτωση…',
  'app.placeLabelsFailed': 'Δεν ήταν δυνατή η φόρτωση των ονομάτων τοποθεσιών: {reason}',
  'app.sidePanel': 'Δεδομένα, επίπεδα και υπόμνημα',
  'app.sectionFilters': 'Φίλτρα',
  'app.sectionLayers': 'Επίπεδα',
  'app.sectionLegend': 'Υπόμνημα',
  'app.sectionStoryboard': 'Σενάριο',
  'app.sectionBriefing': 'Ενημέρωση',
  'app.savePresentationHint': 'Ένα αρχείο HTML με το σενάριο και τα δεδομένα, για υπολογιστή χωρίς δίκτυο',
  'app.linkProblems':
    'Μέρος του συνδέσμου δεν ήταν δυνατό να χρησιμοποιηθεί όπως ήταν ({problems})· εμφανίζεται το υπόλοιπο του συνδέσμου.',
  'app.workspaceNotSaved': 'Δεν ήταν δυνατή η αποθήκευση του χώρου εργασίας σας σε αυτό το πρόγραμμα περιήγησης: {reason}',
  'app.settingsNotSaved': 'Δεν ήταν δυνατή η αποθήκευση των ρυθμίσεών σας σε αυτό το πρόγραμμα περιήγησης: {reason}',
  'app.datasetNotSaved': 'Δεν ήταν δυνατή η αποθήκευση του συνόλου δεδομένων «{name}» σε αυτό το πρόγραμμα περιήγησης: {reason}',
  'app.removalNotSaved': 'Δεν ήταν δυνατή η αποθήκευση της αφαίρεσης ενός συνόλου δεδομένων σε αυτό το πρόγραμμα περιήγησης: {reason}',
  'app.workspaceUnreadable': 'Δεν ήταν δυνατή η ανάγνωση του αποθηκευμένου χώρου εργασίας: {reason}. Παρέμεινε ως είχε.',
};
