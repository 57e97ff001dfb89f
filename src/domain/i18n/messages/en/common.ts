/** Strings used across features: the language menu, generic actions. */
export const common = {
  'language.label': 'Language',
  'language.draft': '{name} (draft translation)',
  'language.draftNotice': 'This translation is a draft: a native speaker has not reviewed it yet.',
  'action.close': 'Close',
  'action.cancel': 'Cancel',
  'count.segments': '{count, plural, one {# segment} other {# segments}}',
} as const;
