import type { AreaCatalogue } from '../area';
import type { common as english } from '../en/common';

export const common: AreaCatalogue<typeof english> = {
  'language.label': 'Sprache',
  'language.draft': '{name} (Übersetzungsentwurf)',
  'language.draftNotice': 'Diese Übersetzung ist ein Entwurf und wurde noch nicht muttersprachlich geprüft.',
  'action.close': 'Schließen',
  'action.cancel': 'Abbrechen',
  'count.segments': '{count, plural, one {# Abschnitt} other {# Abschnitte}}',
};
