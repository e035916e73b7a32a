/**
 * The reader's library's failures, each a {@link LibraryError} with a `kind` the UI can word, and
 * how IndexedDB's own errors map onto them. A full disk is the one a reader will meet: browsers
 * report it as a QuotaExceededError, thrown by the write or set on the aborted transaction
 * (Firefox's older name for it is NS_ERROR_DOM_QUOTA_REACHED).
 */

/** What went wrong, for the UI to word. */
export type LibraryErrorKind =
  /** The browser's storage quota is full: nothing of the failed write was kept, nothing older was lost. */
  | 'quota'
  /** The database was made by a newer Crosscheck (the extension was downgraded); it is left untouched. */
  | 'newer-schema'
  /** An entry given to put or importMany is not a valid entry; nothing was written. */
  | 'invalid-entry'
  /** IndexedDB is not available here (some private windows). */
  | 'unavailable'
  /** Anything else IndexedDB reported. */
  | 'failed';

/** Every failure of the library, with a `kind` the UI can word. */
export class LibraryError extends Error {
  constructor(readonly kind: LibraryErrorKind, message: string, readonly details: readonly string[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LibraryError';
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** The {@link LibraryError} for anything IndexedDB threw. */
export function toLibraryError(e: unknown, tx?: { error: DOMException | null }): LibraryError {
  if (e instanceof LibraryError) return e;
  const name = (e as { name?: unknown } | null)?.name;
  let txName: string | undefined;
  try {
    txName = tx?.error?.name;
  } catch {
    // An older IndexedDB throws when asked for the error of a transaction still running.
  }
  if ((typeof name === 'string' && QUOTA_NAMES.has(name)) || (txName && QUOTA_NAMES.has(txName))) {
    return new LibraryError('quota', 'The browser has no more room for the library: what was being saved was not kept. Nothing kept before was lost.', [], { cause: e });
  }
  if (name === 'VersionError') {
    return new LibraryError('newer-schema', 'The library was made by a newer version of Crosscheck; it is left as it is.', [], { cause: e });
  }
  return new LibraryError('failed', `The library could not be read or written: ${e instanceof Error ? e.message : String(e)}`, [], { cause: e });
}

