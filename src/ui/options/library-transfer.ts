/**
 * What the options page's library section needs to move whole libraries in and out, given to it by
 * its controller (src/app/pages/library-transfer.ts): reading the files a user picks with the
 * engine (packs, .txt articles in the seeds' format, .html pages) and building a pack from entries.
 * The UI holds no engine code; it gets these functions as a prop.
 */
import type { LibraryEntry } from '../../analysis/library-entry';
import type { ImportItem } from '../../platform/messages';

/** Files read for import: what can be staged, and what was rejected, with why. */
export interface ReadFiles {
  items: ImportItem[];
  rejected: { name: string; reason: string }[];
}

export interface LibraryTransfer {
  /**
   * Reads the files the user picked, one after another (reporting progress, yielding between
   * files so the page stays responsive): a corpus pack gives its entries, or one rejection for the
   * whole pack (unknown version, hash mismatch, too large, malformed: all or nothing); a .txt in
   * the seeds' format or an .html page gives the article the engine reads from it.
   */
  readFiles(files: readonly File[], progress: (done: number, total: number) => void): Promise<ReadFiles>;
  /** A corpus pack (JSON text) of these entries, with its metadata and content hash. */
  buildPack(entries: readonly LibraryEntry[], title: string): Promise<string>;
}
