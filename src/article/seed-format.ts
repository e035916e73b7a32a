/**
 * Parses the seed text format of seeds/*.txt:
 *
 *   [" date YYYY-MM-DD "]first paragraph…   optional date marker at the very start of the file
 *   Title line                               optional: one short line without a full stop,
 *                                            followed by a blank line
 *   paragraphs…                              separated by blank lines (or single newlines)
 *   More from International                  optional trailing page furniture
 *
 * Photo captions ("… Photograph: Name/Agency") are dropped from the text: they are not the story.
 */

/** What a seed file says, before its metadata is joined in. */
export interface ParsedSeed {
  /** The date marker's date, or null. */
  date: string | null;
  /** The title line, or null when the file has none. */
  title: string | null;
  /** Body paragraphs, in order, without captions and page furniture. */
  paragraphs: string[];
}

const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/;
/** A picture credit marks a caption (Guardian/Irish Times style "Photograph: X/Getty Images"). */
const CAPTION = /\b(?:Photograph|Photo|Picture|Image|Credit)\s*:\s*\S|\/(?:Getty|AFP|AP|Reuters|EPA)(?: Images)?\s*$/;
/** Trailing navigation left by scrapers; matched only on short lines at the end of the file. */
const FURNITURE = /^(?:More from|Read more|Related|Most read|Share this|Advertisement|Sign up|Follow us|Article continues)\b/i;
/** A title is a short line that does not end a sentence. */
const MAX_TITLE_LENGTH = 160;

function isTitleLike(line: string): boolean {
  return line.length > 0 && line.length <= MAX_TITLE_LENGTH && !/[.!?:;"”’]$/.test(line) && /\p{L}/u.test(line);
}

/** Parses one seed file's text. Never throws: a file of nothing gives no paragraphs. */
export function parseSeed(raw: string): ParsedSeed {
  let text = raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  let date: string | null = null;
  const marker = DATE_MARKER.exec(text);
  if (marker) {
    date = marker[1] ?? null;
    text = text.slice(marker[0].length);
  }
  const lines = text.split('\n').map((l) => l.trim());
  let title: string | null = null;
  const firstNonEmpty = lines.findIndex((l) => l.length > 0);
  if (firstNonEmpty >= 0) {
    const first = lines[firstNonEmpty] ?? '';
    const next = lines[firstNonEmpty + 1];
    if (!marker && isTitleLike(first) && (next === undefined || next === '')) {
      title = first;
      lines.splice(firstNonEmpty, 1);
    }
  }
  const paragraphs = lines.filter((l) => l.length > 0 && !CAPTION.test(l));
  while (paragraphs.length > 0) {
    const last = paragraphs[paragraphs.length - 1] ?? '';
    if (last.length < 60 && (FURNITURE.test(last) || !/[.!?"”’)]$/.test(last))) paragraphs.pop();
    else break;
  }
  return { date, title, paragraphs };
}

/** Longest derived title, in characters: about a headline's length. */
const DERIVED_TITLE_MAX = 100;

/**
 * Derives a headline from the lede when a report has none: the lede's first clause (up to the first
 * comma, semicolon or full stop), cut at a word boundary to at most 100 characters with an ellipsis.
 * Reuters ledes put the news first, so the first clause reads as a headline.
 */
export function deriveTitle(paragraphs: readonly string[]): string {
  const lede = paragraphs[0] ?? '';
  const clause = (/^[^,;.]+/.exec(lede)?.[0] ?? lede).trim();
  if (clause.length <= DERIVED_TITLE_MAX) return clause;
  const cut = clause.slice(0, DERIVED_TITLE_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).trim()}…`;
}
