/**
 * Typed storage errors. The browser reports storage trouble in several shapes (DOMException names,
 * Firefox's legacy NS_ERROR_* names, aborted transactions carrying the real cause); the app only
 * needs to know which of three things happened and what to tell the user.
 */

export type StorageErrorKind = 'quota' | 'unavailable' | 'failed';

export class WorkspaceStorageError extends Error {
  override readonly name = 'WorkspaceStorageError';

  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const QUOTA_MESSAGE =
  'The browser has no room left to keep your workspace. Remove a dataset you no longer need, or export a project file to keep your work, then try again.';
export const UNAVAILABLE_MESSAGE =
  'This browser does not let RouteShift keep data (private browsing or site storage turned off), so your datasets will be lost when you close the tab. Export a project file to keep your work.';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
// Thrown when the browser refuses storage itself (e.g. storage blocked by site settings).
const UNAVAILABLE_NAMES = new Set(['SecurityError']);
// Legacy DOMException code QUOTA_EXCEEDED_ERR, still the only clue in some older WebKit builds.
const QUOTA_CODE = 22;

function errorName(error: unknown): string | undefined {
  return error !== null && typeof error === 'object' && 'name' in error && typeof error.name === 'string' ? error.name : undefined;
}

export function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  if (name && QUOTA_NAMES.has(name)) return true;
  if (typeof DOMException !== 'undefined' && error instanceof DOMException && error.code === QUOTA_CODE) return true;
  // Older Firefox wraps the reason in the message of a generic error.
  return error instanceof Error && error.message.includes('NS_ERROR_DOM_QUOTA_REACHED');
}

/** Maps anything thrown by IndexedDB to a WorkspaceStorageError (already-typed errors pass through). */
export function toStorageError(error: unknown, action: string, opening = false): WorkspaceStorageError {
  if (error instanceof WorkspaceStorageError) return error;
  if (isQuotaError(error)) return new WorkspaceStorageError('quota', QUOTA_MESSAGE, { cause: error });
  const name = errorName(error);
  if (opening || (name !== undefined && UNAVAILABLE_NAMES.has(name))) {
    return new WorkspaceStorageError('unavailable', UNAVAILABLE_MESSAGE, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new WorkspaceStorageError('failed', `Could not ${action}: ${detail || name || 'unknown storage error'}.`, { cause: error });
}
