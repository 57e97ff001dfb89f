import type { AreaCatalogue } from '../area';
import type { change as english } from '../en/change';

export const change: AreaCatalogue<typeof english> = {
  'change.new': '{count, plural, one {# νέο τμήμα} other {# νέα τμήματα}}',
  'change.vanished': '{count, plural, one {# τμήμα εξαφανίστηκε} other {# τμήματα εξαφανίστηκαν}}',
  'change.grown': '{count, plural, one {# τμήμα αυξήθηκε} other {# τμήματα αυξήθηκαν}}',
  'change.shrunk': '{count, plural, one {# τμήμα μειώθηκε} other {# τμήματα μειώθηκαν}}',
  'change.opened': '{count, plural, one {# διάβαση άνοιξε} other {# διαβάσεις άνοιξαν}}',
  'change.restricted': '{count, plural, one {# διάβαση περιορίστηκε} other {# διαβάσεις περιορίστηκαν}}',
  'change.closed': '{count, plural, one {# διάβαση έκλεισε για διέλευση} other {# διαβάσεις έκλεισαν για διέλευση}}',
  'change.fenced': '{count, plural, one {# διάβαση περιφράχθηκε} other {# διαβάσεις περιφράχθηκαν}}',
  'change.controls': '{count, plural, one {# διάβαση με νέους ελέγχους} other {# διαβάσεις με νέους ελέγχους}}',
  'change.other': '{count, plural, one {# διάβαση πλέον με άγνωστη κατάσταση} other {# διαβάσεις πλέον με άγνωστη κατάσταση}}',
  'change.summaryLine': '{label}: {counts}',
  'change.within': 'Εντός: {country}',
  'change.pair': '{from} → {to}',
  'change.unknownCountry': 'Άγνωστη',
};
