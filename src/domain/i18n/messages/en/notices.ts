/** The notices column. */
export const notices = {
  'notices.dismiss': 'Dismiss notice',
} as const;
