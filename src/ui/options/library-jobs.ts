/**
 * The options page's long library jobs, as plain async functions over the requests they make
 * (given as parameters, so they are tested without a browser): exporting page by page, and
 * importing in staged chunks that are written all at once or not at all. Each awaits the
 * background between steps and reports progress, so the page stays responsive throughout.
 */
import type { LibraryEntry } from '../../analysis/library-entry';
import type { ImportChunkReport, ImportItem, LibraryExportPage, LibraryOutcome } from '../../platform/messages';
import { say } from '../../wording/messages';

/** Entries asked for per export request: about 1.5 MB of entries, well under a message's limits. */
export const EXPORT_PAGE = 500;
/** Items staged per import request: enough to keep 10,000 items to 50 requests, small enough to report progress often. */
export const IMPORT_CHUNK = 200;

/** Every entry of the library, newest first, page by page; `progress(done, total)` after each page. */
export async function collectEntries(
  page: (offset: number, limit: number) => Promise<LibraryExportPage>,
  progress: (done: number, total: number) => void,
  limit = EXPORT_PAGE,
): Promise<LibraryEntry[]> {
  const entries: LibraryEntry[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const p: LibraryExportPage = await page(offset, limit);
    entries.push(...p.entries);
    progress(entries.length, Math.max(p.total, entries.length));
    // A next offset that does not move on would ask for the same page for ever.
    if (p.next !== null && p.next <= offset) throw new Error('the library gave the same page twice');
    offset = p.next;
  }
  return entries;
}

/** The staged-import requests. */
export interface ImportApi {
  begin(): Promise<{ id: string }>;
  add(id: string, items: ImportItem[]): Promise<ImportChunkReport>;
  commit(id: string): Promise<LibraryOutcome>;
  abort(id: string): Promise<unknown>;
}

/** What an import did: whether it was written, what was accepted, what was rejected and why. */
export interface ImportResult {
  /** True when the library wrote the accepted items (one transaction). */
  imported: boolean;
  /** What to tell the reader, in one or two sentences. */
  message: string;
  /** The items written (empty when nothing was). */
  accepted: ImportChunkReport['accepted'];
  rejected: ImportChunkReport['rejected'];
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Stages `items` in chunks, then commits them in one transaction. Any failure on the way (a chunk
 * the background cannot take, a commit that fails) aborts the staged import, so nothing of it is
 * written; an import where every item was rejected is aborted too. `progress(done, total)` counts
 * items staged. Rejections found before staging (files that could not be read) come in `rejected`.
 */
export async function importItems(
  api: ImportApi,
  items: readonly ImportItem[],
  rejectedBefore: ImportChunkReport['rejected'],
  progress: (done: number, total: number) => void,
  chunk = IMPORT_CHUNK,
): Promise<ImportResult> {
  const accepted: ImportChunkReport['accepted'] = [];
  const rejected = [...rejectedBefore];
  if (items.length === 0) return { imported: false, message: say('opt_import_nothing'), accepted: [], rejected };
  let id: string | null = null;
  try {
    const staging = (await api.begin()).id;
    id = staging;
    // One chunk is sent ahead while the background checks the one before: the page's sending and
    // the background's checking overlap. Reports are taken in order.
    let ahead: { at: number; report: Promise<ImportChunkReport> } | null = null;
    const take = async (sent: { at: number; report: Promise<ImportChunkReport> }): Promise<void> => {
      const report = await sent.report;
      accepted.push(...report.accepted);
      rejected.push(...report.rejected);
      progress(Math.min(sent.at + chunk, items.length), items.length);
    };
    try {
      for (let at = 0; at < items.length; at += chunk) {
        const sent = { at, report: api.add(staging, items.slice(at, at + chunk)) };
        sent.report.catch(() => undefined); // taken in turn below; a failure then aborts the import
        const previous = ahead;
        ahead = sent;
        if (previous) await take(previous);
      }
      if (ahead) await take(ahead);
    } finally {
      // When a chunk failed, the one sent after it is settled before the import is aborted.
      if (ahead) await ahead.report.catch(() => undefined);
    }
    if (accepted.length === 0) {
      await api.abort(id);
      return { imported: false, message: say('opt_import_all_rejected'), accepted: [], rejected };
    }
    const outcome = await api.commit(id);
    if (!outcome.ok) {
      await api.abort(id).catch(() => null);
      return { imported: false, message: say('opt_import_refused', { reason: outcome.message }), accepted: [], rejected };
    }
    return { imported: true, message: outcome.message, accepted, rejected };
  } catch (err) {
    if (id !== null) await api.abort(id).catch(() => null);
    return { imported: false, message: say('opt_import_failed', { error: errorText(err) }), accepted: [], rejected };
  }
}

/** "2024-01-23": the reader's own day (local time), as the export's file name and title give it. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "crosscheck-library-2024-01-23.json". */
export const packFileName = (day: string = localDay()): string => `crosscheck-library-${day}.json`;
