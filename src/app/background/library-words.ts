/**
 * How the library's outcomes are said to the reader (src/app/background/library-service.ts):
 * a failure in the interface's language by its kind, and why a tab's page cannot be kept.
 */
import type { LibraryOutcome, TabResult } from '../../platform/messages';
import { LibraryError } from '../../platform/library-store';
import { isSiteEnabled, type Settings } from '../../platform/settings';
import { sayBackground } from '../../wording/background-messages';

/** A URL's host name, or '' when it is not one. */
export const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

/** The message of a failure, in a reader's words (library-errors.ts words the store's own). */
export function failure(e: unknown): LibraryOutcome {
  const message = e instanceof LibraryError ? libraryErrorWords(e) : sayBackground('library.failed', { error: e instanceof Error ? e.message : String(e) });
  return { ok: false, message, count: 0 };
}

/**
 * A {@link LibraryError} in the interface's language, by its kind (the store words its own in
 * English): what went wrong and what was kept.
 * The detail of an invalid entry or of an IndexedDB failure stays as the store or the browser
 * gave it (technical, and English).
 */
function libraryErrorWords(e: LibraryError): string {
  switch (e.kind) {
    case 'quota': return sayBackground('library.quota');
    case 'newer-schema': return sayBackground('library.newer');
    case 'unavailable': return sayBackground('library.unavailable');
    case 'invalid-entry': return e.details[0] !== undefined ? sayBackground('library.invalid-entry', { reason: e.details[0] }) : e.message;
    case 'failed': return sayBackground('library.unreadable', { error: e.cause instanceof Error ? e.cause.message : String(e.cause) });
  }
}


/** Why a tab's page cannot be kept, or null. */
export function blockedReason(result: TabResult, s: Settings): string | null {
  if (result.incognito) return sayBackground('library.private');
  if (!isSiteEnabled(s, hostOf(result.url))) return sayBackground('library.site-off');
  if (!result.analysis.topic.gaza) return sayBackground('library.not-gaza');
  if (!result.keep) return sayBackground('library.no-address');
  return null;
}
