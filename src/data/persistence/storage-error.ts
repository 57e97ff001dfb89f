/**
 * Typed storage errors. The browser reports storage trouble in several shapes (DOMException names,
 * Firefox's legacy NS_ERROR_* names, aborted transactions carrying the real cause); the app only
 * needs to know which of three things happened and what to tell the user (in the active language).
 */
import { t } from '../../domain/i18n';

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

/** What the app was doing when storage failed, for the message ('saveDataset' names the dataset, 'saveDatasets' counts them). */
export type StorageActionName = 'open' | 'read' | 'saveSettings' | 'saveDataset' | 'saveDatasets' | 'removeDataset' | 'saveWorkspace' | 'clearWorkspace';
export type StorageAction = StorageActionName | { action: StorageActionName; name?: string; count?: number };

/** The message for a full storage, in the active language (the page's, or the import job's in the worker). */
export function quotaMessage(): string {
  return t('storage.quota');
}

/** The message for storage the browser refuses, in the active language. */
export function unavailableMessage(): string {
  return t('storage.unavailable');
}

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
export function toStorageError(error: unknown, action: StorageAction, opening = false): WorkspaceStorageError {
  if (error instanceof WorkspaceStorageError) return error;
  if (isQuotaError(error)) return new WorkspaceStorageError('quota', quotaMessage(), { cause: error });
  const name = errorName(error);
  if (opening || (name !== undefined && UNAVAILABLE_NAMES.has(name))) {
    return new WorkspaceStorageError('unavailable', unavailableMessage(), { cause: error });
  }
  // The browser's own words stay as it says them (an argument of the sentence).
  const detail = (error instanceof Error ? error.message : String(error)) || name || t('storage.unknownError');
  const what: { action: StorageActionName; name?: string; count?: number } = typeof action === 'string' ? { action } : action;
  return new WorkspaceStorageError('failed', t('storage.failed', { action: what.action, name: what.name ?? '', count: what.count ?? 0, detail }), { cause: error });
}
