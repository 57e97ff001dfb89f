import type { AreaCatalogue } from '../area';
import type { change as english } from '../en/change';

export const change: AreaCatalogue<typeof english> = {
  'change.new': '{count, plural, one {# neuer Abschnitt} other {# neue Abschnitte}}',
  'change.vanished': '{count, plural, one {# Abschnitt weggefallen} other {# Abschnitte weggefallen}}',
  'change.grown': '{count, plural, one {# Abschnitt gewachsen} other {# Abschnitte gewachsen}}',
  'change.shrunk': '{count, plural, one {# Abschnitt geschrumpft} other {# Abschnitte geschrumpft}}',
  'change.opened': '{count, plural, one {# Grenzübergang geöffnet} other {# Grenzübergänge geöffnet}}',
  'change.restricted': '{count, plural, one {# Grenzübergang eingeschränkt} other {# Grenzübergänge eingeschränkt}}',
  'change.closed': '{count, plural, one {# Grenzübergang für den Transit geschlossen} other {# Grenzübergänge für den Transit geschlossen}}',
  'change.fenced': '{count, plural, one {# Grenzübergang eingezäunt} other {# Grenzübergänge eingezäunt}}',
  'change.controls': '{count, plural, one {# Grenzübergang mit neuen Kontrollen} other {# Grenzübergänge mit neuen Kontrollen}}',
  'change.other': '{count, plural, one {# Grenzübergang jetzt mit unbekanntem Status} other {# Grenzübergänge jetzt mit unbekanntem Status}}',
  'change.summaryLine': '{label}: {counts}',
  'change.within': 'Innerhalb von {country}',
  'change.pair': '{from} → {to}',
  'change.unknownCountry': 'Unbekannt',
};
