/**
 * The page reader: a Document (the live page in the browser, a linkedom document in Node) or a
 * plain-text file in, an {@link Article} out. Pure: the Document is passed in and never changed,
 * and nothing here touches `browser.*` or DOM globals. Never throws: empty, huge, binary-looking
 * or malformed input gives an Article with what could be read.
 */
import { parseSeed } from './seed-format';
import type { Article } from '../types';
import { capText, effectiveCap } from './cap-text';
import { normalizeDate } from '../base/dates';
import { findArticleNode, liveBlogUpdates, readJsonLd, typesOf } from './json-ld';
import { placeUpdates, updatesAsParagraphs } from './live-updates';
import { readMainText } from './main-text';
import { readPageMeta } from './page-meta';
import { collapseSpaces } from './whitespace';

/** Options of {@link readArticle}. */
export interface ReadOptions {
  /** The page's URL where the document does not say (CLI: none; extension: location.href). */
  url?: string | null;
  /** Characters of main text analysed at most; the rest is cut and `truncated` set. */
  maxChars?: number;
}

/**
 * Default cap on the analysed text: 100,000 characters, about 16,000 words, beyond any news article
 * (a long feature runs 5,000 words). It bounds the work on hostile pages: a 5 MB page is analysed
 * as its first 100,000 characters, and the result says it was cut.
 */
export const DEFAULT_MAX_CHARS = 100_000;

/** An Article with nothing in it: what unreadable input gives. */
function emptyArticle(url: string | null): Article {
  return { title: null, text: '', date: null, publisher: null, url, pageType: null, lang: null, truncated: false, fullLength: 0, updates: [] };
}

/**
 * C0 control characters other than tab and newlines, and U+FFFD: binary bytes decoded as text.
 * They carry no words, and left in they would make every downstream regex see noise.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]+/g;

/** Paragraphs to text: controls dropped, paragraphs joined by a blank line. */
function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => collapseSpaces(p.replace(CONTROL, ' ')).trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Reads a Document into an {@link Article}: metadata (title, date, publisher, canonical URL, page
 * type, language), the main text via Readability on a clone, and live-blog updates with their own
 * dates. The text is capped at `maxChars` (default {@link DEFAULT_MAX_CHARS}) at a clean break;
 * `truncated` and `fullLength` say so.
 */
export function readArticle(doc: Document, options: ReadOptions = {}): Article {
  const knownUrl = typeof options.url === 'string' ? options.url : null;
  const max = effectiveCap(options.maxChars, DEFAULT_MAX_CHARS);
  try {
    const nodes = readJsonLd(doc);
    const meta = readPageMeta(doc, nodes, knownUrl);
    const main = readMainText(doc, max);
    let full = joinParagraphs(main.paragraphs);

    const articleNode = findArticleNode(nodes);
    const isLiveBlog = articleNode ? typesOf(articleNode).includes('liveblogposting') : false;
    const rawUpdates = isLiveBlog ? liveBlogUpdates(articleNode, nodes) : [];
    let updates = placeUpdates(full, rawUpdates);
    if (rawUpdates.length > 0 && updates.length === 0) {
      // The page text lacks the updates (script-rendered): read them from the JSON-LD instead.
      const fromLd = joinParagraphs(updatesAsParagraphs(rawUpdates));
      if (fromLd.length > full.length / 2) {
        full = fromLd;
        updates = placeUpdates(full, rawUpdates);
      }
    }

    const capped = capText(full, max);
    const text = capped.text;
    return {
      ...meta,
      text,
      truncated: capped.truncated,
      fullLength: full.length,
      updates: updates
        .filter((u) => u.start < text.length)
        .map((u) => ({ ...u, end: Math.min(u.end, text.length) })),
    };
  } catch {
    // A DOM implementation that throws where browsers do not: give what we know, never an error.
    return emptyArticle(knownUrl);
  }
}

/** A dateline a plain-text article may open with ("Thursday, January 25, 2024"): short and nothing else. */
const MAX_DATELINE = 60;

/**
 * The date of a line that is a dateline and little else ("Thursday, January 25, 2024"), or null
 * for a line that merely carries a date ("On January 25 the toll rose…").
 */
function datelineDate(line: string): string | null {
  if (line.length > MAX_DATELINE || line.split(/\s+/).length > 6) return null;
  return normalizeDate(line);
}

/**
 * Reads a plain-text article: the seed format of seeds/*.txt (an optional " date YYYY-MM-DD"
 * marker, an optional title line, paragraphs; see seed-format.ts) or any bare text.
 * A short first paragraph that is only a date is taken as the date. Never throws.
 */
export function readPlainText(raw: string, options: ReadOptions = {}): Article {
  const url = typeof options.url === 'string' ? options.url : null;
  const max = effectiveCap(options.maxChars, DEFAULT_MAX_CHARS);
  try {
    const source = typeof raw === 'string' ? raw : String(raw ?? '');
    const parsed = parseSeed(source.replace(CONTROL, ' '));
    let paragraphs = parsed.paragraphs;
    let title = parsed.title;
    let date = parsed.date;
    // The seed parser takes a short first line as the title; a line that is only a date is a dateline.
    const titleDate = title ? datelineDate(title) : null;
    if (!date && titleDate) {
      date = titleDate;
      title = null;
    } else if (!date) {
      const d = datelineDate(paragraphs[0] ?? '');
      if (d) {
        date = d;
        paragraphs = paragraphs.slice(1);
      }
    }
    const full = joinParagraphs(paragraphs);
    const capped = capText(full, max);
    return {
      title, text: capped.text, date, publisher: null, url, pageType: null, lang: null,
      truncated: capped.truncated, fullLength: full.length, updates: [],
    };
  } catch {
    return emptyArticle(url);
  }
}
