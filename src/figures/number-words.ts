/**
 * Numbers written in words ("twenty-four", "Twenty one", "a hundred", "two million") and the
 * scale words that follow digits ("2.3 million"). English only: the corpus and the pages it is
 * compared with are English (machine translations included).
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words and what they multiply by. */
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
};

const WORD_ALT = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), 'dozen'].join('|');

/**
 * A run of number words. Each piece is a fixed word, so matching is linear. "a" and "an" only
 * start a run before a scale word ("a hundred", "a million"); "half a million" is its own form.
 */
// Words of one number stand on one line: a number never runs across a line break.
export const NUMBER_WORDS_RE = new RegExp(
  `(?<![A-Za-z0-9-])(?:half[^\\S\\n\\r]+a[^\\S\\n\\r]+(?:million|billion)|(?:a|an)[^\\S\\n\\r]+(?:quarter[^\\S\\n\\r]+of[^\\S\\n\\r]+a[^\\S\\n\\r]+)?(?:hundred|thousand|million|billion|dozen)|(?:${WORD_ALT}))(?:(?:[^\\S\\n\\r]+|-)(?:and[^\\S\\n\\r]+)?(?:${WORD_ALT}))*(?![A-Za-z0-9])`,
  'gi',
);

/** The value of a run of number words, and how many characters of it form a valid number. */
export interface WordsValue {
  value: number;
  /** Length of the valid prefix of the matched text. */
  length: number;
}

/**
 * Parses a run matched by {@link NUMBER_WORDS_RE}. Stops at the first word that cannot continue
 * a number ("two three" is two), so the figure's text covers only what was read.
 */
export function parseNumberWords(raw: string): WordsValue | null {
  const lower = raw.toLowerCase();
  if (/^half\s+a\s+million/.test(lower)) return { value: 500_000, length: lower.match(/^half\s+a\s+million/)![0].length };
  if (/^half\s+a\s+billion/.test(lower)) return { value: 500_000_000, length: lower.match(/^half\s+a\s+billion/)![0].length };
  const quarter = /^an?\s+quarter\s+of\s+a\s+(million|billion)/.exec(lower);
  if (quarter) return { value: (SCALES[quarter[1] ?? 'million'] ?? 0) / 4, length: quarter[0].length };
  const tokenRe = /[a-z]+/g;
  let total = 0;
  let current = 0;
  let seen = false;
  let last: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'big' = 'none';
  let length = 0;
  for (let m = tokenRe.exec(lower); m !== null; m = tokenRe.exec(lower)) {
    const w = m[0];
    if (w === 'and') continue;
    if ((w === 'a' || w === 'an') && !seen) { current = 1; last = 'unit'; continue; }
    let ok = true;
    if (w in UNITS) {
      const v = UNITS[w] ?? 0;
      const teen = v >= 10;
      if (last === 'unit' || last === 'teen' || (last === 'tens' && teen)) ok = false;
      else { current += v; last = teen ? 'teen' : 'unit'; }
    } else if (w in TENS) {
      if (last === 'unit' || last === 'teen' || last === 'tens') ok = false;
      else { current += TENS[w] ?? 0; last = 'tens'; }
    } else if (w === 'hundred') {
      if (last === 'hundred') ok = false;
      else { current = (current || 1) * 100; last = 'hundred'; }
    } else if (w === 'dozen') {
      current = (current || 1) * 12; last = 'big';
    } else if (w in SCALES) {
      total += (current || 1) * (SCALES[w] ?? 1); current = 0; last = 'big';
    } else ok = false;
    if (!ok) break;
    seen = true;
    length = m.index + w.length;
  }
  if (!seen) return null;
  return { value: total + current, length };
}
