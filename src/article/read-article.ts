import type { Article } from '../types';

/** Options of {@link readArticle}. */
export interface ReadOptions {
  /** The page's URL where the document does not say (CLI: none; extension: location.href). */
  url?: string | null;
  /** Characters of main text analysed at most; the rest is cut and `truncated` set. */
  maxChars?: number;
}

/** Default cap on the analysed text: about 30,000 words, far beyond any news article. */
export const DEFAULT_MAX_CHARS = 200_000;

/** Reads a Document into an {@link Article}. PLACEHOLDER: the article work replaces it. */
export function readArticle(doc: Document, options: ReadOptions = {}): Article {
  const full = (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  return {
    title: doc.title || null, text: full.slice(0, max), date: null, publisher: null, url: options.url ?? null,
    pageType: null, lang: null, truncated: full.length > max, fullLength: full.length, updates: [],
  };
}

/** Reads a plain-text article (seed format or a bare text file). PLACEHOLDER. */
export function readPlainText(raw: string, options: ReadOptions = {}): Article {
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  const text = raw.replace(/\r\n?/g, '\n').trim();
  return {
    title: null, text: text.slice(0, max), date: null, publisher: null, url: options.url ?? null,
    pageType: null, lang: null, truncated: text.length > max, fullLength: text.length, updates: [],
  };
}
