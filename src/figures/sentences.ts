/**
 * Sentence and paragraph boundaries as offsets, found in one linear pass. Figures are attributed
 * sentence by sentence, so a full stop inside "Oct. 7", "Rear Adm. Hagari" or "U.S." must not
 * end a sentence, while machine-scraped text with no space after a stop still splits on lines.
 */

/** One sentence: offsets into the text and the paragraph it belongs to. */
export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'rep', 'sen',
  'gov', 'st', 'no', 'nos', 'vs', 'etc', 'approx', 'est', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'fig',
  'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'mt', 'ft', 'rev',
]);

/** A candidate end: . ! ? (plus closing quotes) followed by space, or a line break. */
const BREAK = /[.!?…]+["'”’)\]]*(?=\s)|\n/g;

/**
 * Splits `text` into sentences. Linear in the text's length. A stop ends a sentence unless the
 * word before it is an abbreviation or a single letter (initials), or the next word starts in
 * lower case (a stop inside a sentence).
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e, paragraph });
  };
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) {
    const at = m.index;
    if (m[0] === '\n') {
      push(at);
      start = at + 1;
      // A blank line (or any line break: scraped pages put one paragraph per line) starts a paragraph.
      paragraph++;
      continue;
    }
    const end = at + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1) {
      const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, at - 12), at));
      const word = before?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word) || /^([a-z]\.)+[a-z]$/i.test(word)) continue;
      const next = /\S/.exec(text.slice(end, end + 8));
      const nextChar = next?.[0] ?? '';
      if (/[a-z]/.test(nextChar)) continue;
    }
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

/** Index of the sentence containing offset `at` (binary search), or -1. */
export function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
