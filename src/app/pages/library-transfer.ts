/**
 * The options page's {@link LibraryTransfer} (src/ui/options/library-transfer.ts): reads the files a
 * user picks for import with the engine, and builds a pack of the library for export.
 *
 * - a `.json` file is a corpus pack (src/corpus/pack.ts): its entries, or one rejection naming the
 *   file and why, and none of its entries (all or nothing);
 * - a `.txt` file is an article in the seeds' format, read as the analyze CLI reads it; a
 *   `reports.json` picked with it gives what the text lacks (URL, publisher, date, title), as it
 *   does beside seeds/, so such an article can be kept under its URL;
 * - an `.html`/`.htm` page is parsed (an inert document: no script runs, nothing loads) and read
 *   by the page reader the content script runs;
 * - anything else is rejected with why.
 * The background analyses the articles and validates every entry again before it keeps any.
 */
import type { LibraryEntry } from '../../analysis/library-entry';
import { readArticle, readPlainText } from '../../article/read-article';
import { normaliseArticleUrl } from '../../base/article-url';
import { buildPack, checkPackSize, readPack, type ValidateEntry } from '../../corpus/pack';
import type { ImportItem } from '../../platform/messages';
import type { LibraryTransfer, ReadFiles } from '../../ui/options/library-transfer';
import type { Article } from '../../types';

/**
 * Largest .txt or .html file read: 10 MB. A news page with its markup runs to a few hundred KB;
 * the reader is tested on pages of 5 MB (tests/e2e/hostile.e2e.ts) and analyses at most the first
 * 100,000 characters of text anyway.
 */
export const MAX_ARTICLE_FILE_BYTES = 10 * 1024 * 1024;

/** The metadata file a seeds folder keeps beside its .txt articles. */
const SIDECAR = 'reports.json';

/** What a reports.json entry may give an article: its fields that are usable strings. */
type Sidecar = Partial<Pick<Article, 'url' | 'publisher' | 'date' | 'title'>>;

/** What the transfer needs from its world: an HTML parser (the page's DOMParser), and entry validation. */
export interface TransferDeps {
  parseHtml: (html: string) => Document;
  validate: ValidateEntry;
  /** Lets the page paint and handle input between files (a macrotask). */
  yieldToPage: () => Promise<void>;
  generator: string;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The file's extension, lower case, without the dot ("" when it has none). */
const extensionOf = (name: string): string => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** A seeds-format report id: the file name without its folder and `.txt`. */
const reportIdOf = (name: string): string => name.replace(/^.*[\\/]/, '').replace(/\.txt$/i, '');

const usable = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The entries of a reports.json, by report id, keeping only usable fields; throws a sentence when it is not one. */
function readSidecar(text: string): Map<string, Sidecar> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('not valid JSON');
  }
  const reports = (data as { reports?: unknown } | null)?.reports;
  if (typeof reports !== 'object' || reports === null || Array.isArray(reports)) throw new Error('not of the form { "reports": { "<id>": { "url", "publisher", "date" } } }');
  const out = new Map<string, Sidecar>();
  for (const [id, m] of Object.entries(reports as Record<string, Record<string, unknown> | null>)) {
    const s: Sidecar = {};
    if (usable(m?.url)) s.url = m.url;
    if (usable(m?.publisher)) s.publisher = m.publisher;
    if (usable(m?.date) && /^\d{4}-\d{2}-\d{2}$/.test(m.date)) s.date = m.date;
    if (usable(m?.title)) s.title = m.title;
    out.set(id, s);
  }
  return out;
}

/** The article's own metadata first, then what reports.json gives (as the analyze CLI joins them). */
const withSidecar = (article: Article, s: Sidecar | undefined): Article => (s
  ? { ...article, url: article.url ?? s.url ?? null, publisher: article.publisher ?? s.publisher ?? null, date: article.date ?? s.date ?? null, title: article.title ?? s.title ?? null }
  : article);

/** An entry as the library imports it: a pack report without its text (the library keeps no texts). */
function entryOnly(report: LibraryEntry & { text?: string }): LibraryEntry {
  const { text: _text, ...entry } = report;
  return entry;
}

/** Reads one picked file into items; throws an Error whose message is the reason it is rejected. */
async function readOne(file: File, deps: TransferDeps, sidecar: Map<string, Sidecar>): Promise<ImportItem[]> {
  const ext = extensionOf(file.name);
  if (ext === 'json') {
    checkPackSize(file.size); // before loading a byte of it
    const pack = await readPack(await file.text(), { validate: deps.validate });
    return pack.reports.map((r, i) => ({ name: `${file.name}, report ${i + 1}`, entry: entryOnly(r), strict: true }));
  }
  if (ext !== 'txt' && ext !== 'html' && ext !== 'htm') throw new Error('not a corpus pack (.json), an article in the seeds\' format (.txt) or a web page (.html)');
  if (file.size > MAX_ARTICLE_FILE_BYTES) throw new Error(`the file is larger than the ${MAX_ARTICLE_FILE_BYTES / (1024 * 1024)} MB an article is read up to`);
  const raw = await file.text();
  const article = ext === 'txt' ? withSidecar(readPlainText(raw, {}), sidecar.get(reportIdOf(file.name))) : readArticle(deps.parseHtml(raw), {});
  if (!article.text) throw new Error('no article text could be read from it');
  if (!normaliseArticleUrl(article.url ?? '')) {
    throw new Error(ext === 'txt' ? 'it has no web address to keep it under (pick the reports.json that gives its url with it)' : 'the page does not give its web address (no canonical link)');
  }
  return [{ name: file.name, article }];
}

/** The reason of a read that failed: a PackError's own sentence, or what went wrong. */
const reasonOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** A {@link LibraryTransfer} over these dependencies (tests pass their own DOM). */
export function createLibraryTransfer(deps: TransferDeps): LibraryTransfer {
  return {
    async readFiles(files, progress): Promise<ReadFiles> {
      const result: ReadFiles = { items: [], rejected: [] };
      // A picked reports.json is the metadata of the .txt files picked with it, not an import of its own.
      const sidecars = files.filter((f) => f.name.toLowerCase() === SIDECAR);
      let sidecar = new Map<string, Sidecar>();
      for (const f of sidecars) {
        try {
          sidecar = new Map([...sidecar, ...readSidecar(await f.text())]);
        } catch (err) {
          result.rejected.push({ name: f.name, reason: `${reasonOf(err)}; the .txt files were read without it` });
        }
      }
      const rest = files.filter((f) => !sidecars.includes(f));
      progress(0, rest.length);
      for (const [i, file] of rest.entries()) {
        try {
          result.items.push(...await readOne(file, deps, sidecar));
        } catch (err) {
          result.rejected.push({ name: file.name, reason: reasonOf(err) });
        }
        progress(i + 1, rest.length);
        await deps.yieldToPage();
      }
      return result;
    },
    buildPack(entries, title) {
      return buildPack(entries, { title, generator: deps.generator });
    },
  };
}

/**
 * A pack entry's shape, as the options page checks it: an object with a web address. Each entry
 * is checked in full by the background as it is staged (and one that fails refuses the import:
 * `strict`), so the page does not check it a second time before sending it (a third of the
 * time reading a 10,000-entry pack took).
 */
export const entryShape: ValidateEntry = (x) => {
  const url = typeof (x as { url?: unknown } | null)?.url === 'string' ? normaliseArticleUrl((x as { url: string }).url) : null;
  return url ? { ok: true, entry: { ...(x as LibraryEntry), url } } : { ok: false, reason: 'url: not a web address (http or https)' };
};

/** The options page's transfer: the page's DOMParser, pack entries checked for their shape (the background checks them in full). */
export const libraryTransfer: LibraryTransfer = createLibraryTransfer({
  parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  validate: entryShape,
  yieldToPage: nextTask,
  generator: 'Crosscheck (library export)',
});
