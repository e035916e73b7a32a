/**
 * Imports into the reader's library, staged (issue 15.4): the options page sends what it read from
 * the user's files in chunks; each item is checked or read by the engine as it arrives and
 * accepted or rejected with why; the commit keeps everything staged in one write (all or nothing).
 * Staged imports live in the worker's memory: one interrupted by the worker stopping commits
 * nothing and says so.
 */
import { matchArticle } from '../../analysis/analyze-article';
import { libraryEntryOf, type LibraryEntry } from '../../analysis/library-entry';
import type { ReferenceSet } from '../../reference/format';
import { checkedAndEncoded } from '../../platform/library-store';
import type { ImportChunkReport, ImportItem, LibraryOutcome } from '../../platform/messages';
import { sayBackground } from '../../wording/background-messages';

/** What staging needs: the official series (to date an undated article), a clock, and the library's keeping. */
export interface ImportDeps {
  reference(): ReferenceSet;
  now(): number;
  /** Keeps entries in one write; resolves to how many distinct articles. Throws a LibraryError. */
  keep(entries: readonly LibraryEntry[]): Promise<number>;
}

/** The staged imports of one worker. */
export function libraryImports(deps: ImportDeps) {
  /** Per import: the entries staged by URL, and the first strict item that was invalid (the commit is then refused). */
  const staged = new Map<string, { entries: Map<string, { name: string; entry: LibraryEntry }>; refused: string | null }>();

  /** An imported article read by the engine: kept when it is a Gaza-war article with a web address. */
  function entryOfArticle(article: Parameters<typeof matchArticle>[0]): { entry: LibraryEntry } | { reason: string } {
    try {
      const page = matchArticle(article, [], 0, deps.reference());
      if (!page.topic.gaza) return { reason: sayBackground('library.import.not-gaza') };
      const entry = libraryEntryOf(page, deps.now(), article.url);
      return entry ? { entry } : { reason: sayBackground('library.import.no-address') };
    } catch (e) {
      return { reason: sayBackground('library.import.unreadable', { error: e instanceof Error ? e.message : String(e) }) };
    }
  }

  return {
    begin(): { id: string } {
      const id = crypto.randomUUID();
      staged.set(id, { entries: new Map(), refused: null });
      return { id };
    },

    add(id: string, items: readonly ImportItem[]): ImportChunkReport {
      const stage = staged.get(id);
      const report: ImportChunkReport = { accepted: [], rejected: [] };
      for (const item of items) {
        const name = typeof item?.name === 'string' ? item.name : sayBackground('library.import.unnamed');
        if (!stage) {
          report.rejected.push({ name, reason: sayBackground('library.import.interrupted-item') });
          continue;
        }
        const made = 'article' in item ? entryOfArticle(item.article) : checkedAndEncoded(item.entry);
        if ('reason' in made) {
          report.rejected.push({ name, reason: made.reason });
          if ('entry' in item && item.strict === true) stage.refused ??= sayBackground('library.import.item-reason', { name, reason: made.reason });
        } else {
          stage.entries.set(made.entry.url, { name, entry: made.entry });
          report.accepted.push({ name, url: made.entry.url, title: made.entry.title });
        }
      }
      return report;
    },

    /** Keeps what was staged; a failure of the write (a full disk) is thrown, nothing kept. */
    async commit(id: string): Promise<LibraryOutcome> {
      const stage = staged.get(id);
      staged.delete(id);
      if (!stage) return { ok: false, message: sayBackground('library.import.interrupted'), count: 0 };
      if (stage.refused !== null) return { ok: false, message: sayBackground('library.import.refused', { why: stage.refused }), count: 0 };
      if (stage.entries.size === 0) return { ok: false, message: sayBackground('library.import.empty'), count: 0 };
      const n = await deps.keep([...stage.entries.values()].map((s) => s.entry));
      return { ok: true, message: sayBackground('library.imported', { count: n }), count: n };
    },

    abort(id: string): void {
      staged.delete(id);
    },
  };
}
