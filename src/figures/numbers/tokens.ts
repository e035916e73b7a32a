/**
 * A text cut into the tokens the number reader walks: runs of digits (with the separators inside
 * them), words and single punctuation marks, each with its offsets in the original text and what
 * separates it from the token before. One linear pass; digits of every script keep their offsets,
 * being one UTF-16 unit each.
 */
import { remember } from './bounded-memo';

/** What stands between a token and the one before it: nothing, spaces, or a line break. */
export type Gap = '' | ' ' | '\n';

/** A run of digits: "25", "25,490", "25 490", "٢٥٬٤٩٠", with its groups of digits in ASCII. */
export interface NumToken {
  kind: 'num';
  start: number;
  end: number;
  gap: Gap;
  /** The digit groups in ASCII, null when the run is too long to be a number (a serial, a hash, 2 MB of digits). */
  groups: string[] | null;
  /** The separator after each group but the last. */
  seps: string[];
  /** Where each group starts. */
  starts: number[];
}

/** A word, with `key` its folded form (see {@link foldWord}), or a punctuation mark, with `key` the mark. */
export interface TextToken {
  kind: 'word' | 'punct';
  start: number;
  end: number;
  gap: Gap;
  key: string;
}

/** One token. */
export type Token = NumToken | TextToken;

/** A run longer than this many groups, or with a group longer than this many digits, is not a number. */
const MAX_GROUPS = 6;
const MAX_DIGITS = 18;

/** The value of a digit in any of the scripts read (ASCII, Arabic-Indic ٠-٩, Persian ۰-۹), or -1. */
function digitOf(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}

/**
 * Characters that may stand between two groups of digits of one number: comma, dot, space, the
 * no-break, narrow no-break, thin and figure spaces, and the Arabic thousands (٬) and decimal (٫)
 * signs (and, before three digits, those of {@link GROUP_ONLY_SEPARATORS}). Which of them group
 * thousands and which mark decimals depends on the language.
 */
const RUN_SEPARATORS = new Set([',', '.', ' ', '\u00a0', '\u202f', '\u2009', '\u2007', '\u066c', '\u066b']);
/**
 * Separators that join two groups only before exactly three digits: the apostrophes of Swiss
 * copy ("26'637", "26’637") and the Arabic comma some Arabic outlets group with ("50،021").
 * Elsewhere they are an apostrophe or a list's comma ("1990's", "2019، 2020"), not part of a number.
 */
const GROUP_ONLY_SEPARATORS = new Set(["'", '\u2019', '\u060c']);

/** True when exactly three digits follow offset `j` (and no fourth). */
const threeDigitsAfter = (text: string, j: number): boolean =>
  digitOf(text.charCodeAt(j + 1)) >= 0 && digitOf(text.charCodeAt(j + 2)) >= 0 && digitOf(text.charCodeAt(j + 3)) >= 0 && digitOf(text.charCodeAt(j + 4)) < 0;

/** Line breaks; a number never runs across one. */
const isNewline = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c || c === 0x85;

/** White space, and the invisible direction marks and isolates of right-to-left text, read as space. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || isNewline(c) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x200e || c === 0x200f
    || (c >= 0x202a && c <= 0x202f) || c === 0x205f || (c >= 0x2066 && c <= 0x2069) || c === 0x3000 || c === 0xfeff || c === 0x061c;
}

/**
 * Characters of words: letters of every script, with the marks that sit on them (Arabic harakat
 * and tatweel, Hebrew niqqud, joiners). Not digits, and not the Arabic and Hebrew punctuation
 * (، ؛ ؟ ٪ ٫ ٬ ־ ׀ ׃ ׳ ״).
 */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c < 0x0590) return c !== 0xd7 && c !== 0xf7 && (c === 0xaa || c === 0xba || (c >= 0xc0 && c <= 0x24f) || (c >= 0x0300 && c <= 0x036f) || c >= 0x0370);
  if (c <= 0x05ff) return (c >= 0x0591 && c <= 0x05bd) || c === 0x05bf || c === 0x05c1 || c === 0x05c2 || c === 0x05c4 || c === 0x05c5 || c === 0x05c7 || (c >= 0x05d0 && c <= 0x05f2);
  if (c <= 0x06ff) return (c >= 0x0620 && c <= 0x065f && c !== 0x060c) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06d5 && c <= 0x06ef) || (c >= 0x06fa && c <= 0x06ff) || c === 0x0640;
  if (c === 0x200c || c === 0x200d) return true;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfe70 && c <= 0xfefc) return true;
  if (c >= 0xfe00 && c <= 0xff65) return false;
  return c >= 0x0700;
}

const ALEF = 'ا';

/**
 * A word as the reader compares it: lower case; Arabic without harakat or tatweel, with every
 * alef (أ إ آ ٱ) as ا, ى as ي, ة as ه, and the Persian ی ک as ي ك, so "ألفاً", "ألفًا" and "الفا"
 * are one word, as are "مائة" and "مائه"; Hebrew without niqqud; no joiners.
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // ASCII words change by case alone, and an English page is all of them: only the others are remembered.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return FOLDED_WORDS.get(word) ?? remember(FOLDED_WORDS, word, foldLetters(lower));
}

/** The words outside ASCII folded so far (bounded-memo.ts): folding one goes letter by letter. */
const FOLDED_WORDS = new Map<string, string>();

/** Folds a lower-cased word letter by letter (see {@link foldWord}). */
function foldLetters(lower: string): string {
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x200c || c === 0x200d) continue;
    if (c >= 0x0591 && c <= 0x05c7 && c !== 0x05be && c !== 0x05c0 && c !== 0x05c3 && c !== 0x05c6) continue;
    if (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671) out += ALEF;
    else if (c === 0x0649) out += 'ي';
    else if (c === 0x0629) out += 'ه';
    else if (c === 0x06cc) out += 'ي';
    else if (c === 0x06a9) out += 'ك';
    else out += lower[i];
  }
  return out;
}

/** Reads the run of digits starting at `i`; returns where it ends. */
function readRun(text: string, i: number, gap: Gap, out: Token[]): number {
  const groups: string[] = [];
  const seps: string[] = [];
  const starts: number[] = [];
  let tooLong = false;
  let j = i;
  for (;;) {
    const start = j;
    let digits = '';
    for (let d = digitOf(text.charCodeAt(j)); d >= 0; d = digitOf(text.charCodeAt(++j))) if (digits.length <= MAX_DIGITS) digits += String(d);
    if (j - start > MAX_DIGITS || groups.length >= MAX_GROUPS) tooLong = true;
    if (!tooLong) { groups.push(digits); starts.push(start); }
    const sep = text[j] ?? '';
    if (GROUP_ONLY_SEPARATORS.has(sep) ? !threeDigitsAfter(text, j) : !RUN_SEPARATORS.has(sep) || digitOf(text.charCodeAt(j + 1)) < 0) break;
    if (!tooLong) seps.push(sep);
    j++;
  }
  out.push({ kind: 'num', start: i, end: j, gap, groups: tooLong ? null : groups, seps, starts });
  return j;
}

/** The tokens of `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let gap: Gap = '';
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      gap = isNewline(c) ? '\n' : gap === '' ? ' ' : gap;
      i++;
    } else if (digitOf(c) >= 0) {
      i = readRun(text, i, gap, out);
      gap = '';
    } else if (isWordChar(c)) {
      let j = i + 1;
      while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
      out.push({ kind: 'word', start: i, end: j, gap, key: foldWord(text.slice(i, j)) });
      i = j;
      gap = '';
    } else {
      out.push({ kind: 'punct', start: i, end: i + 1, gap, key: text[i] ?? '' });
      i++;
      gap = '';
    }
  }
  return out;
}
