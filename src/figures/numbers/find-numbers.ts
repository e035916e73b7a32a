/**
 * Every number in a text as a given language writes it: digits of any script with that
 * language's separators, scale words, number words, ranges ("entre 20 et 30"), percentages, and
 * vague quantities ("des milliers"); never dates, years, times or codes (not-a-figure.ts).
 *
 * What it returns is a number and where it stands, before anything is known of what it counts:
 * the figure extractor (later, per language) decides that from the words around it.
 * Linear: one tokenizing pass, then a walk over the tokens in which each number looks at a
 * bounded number of tokens around it; the work is capped at {@link FindOptions.max} numbers and
 * 50 candidates per number allowed.
 */
import type { Lang } from '../../language/languages';
import { notAFigure } from './not-a-figure';
import { hasWord, lexemesOf, type NumberLanguage } from './number-language';
import { numberLanguage } from './number-languages';
import { readDigits } from './read-digits';
import { bracketAround, HYPHENS, longestPhrase, readNumberAt, scaled, type TermsNumber } from './read-terms';
import { tokenize, type Token } from './tokens';

/** A number found in a text. */
export interface FoundNumber {
  /** Its value; for a vague quantity ("des milliers"), the least it can mean (see the language files' `vague`). */
  value: number;
  /** The upper end of a range ("entre 20 et 30", "20-30"). */
  valueMax?: number;
  /** Offsets in the text: `text.slice(start, end)` is {@link FoundNumber.text}. */
  start: number;
  end: number;
  text: string;
  /** An unknown quantity written as a word: "des milliers", "عشرات الآلاف", "Tausende". */
  vague?: true;
  /** A percentage: "70%", "70 %", "70 Prozent", "70 بالمئة" (the span covers % or ٪, not the words). */
  percent?: true;
  /** Whether it starts with a word ("vingt-quatre", "ألف و996", "Tausende") rather than digits. */
  words: boolean;
}

/** Limits, with defaults. */
export interface FindOptions {
  /** At most this many numbers are returned (and 50 times as many candidates examined): the figure extractor's cap. */
  max?: number;
}

/** A number read at a token, with the token after it. */
interface Read { n: TermsNumber; start: number }

/** The number that starts at token `i`, if one does. */
function readAt(toks: readonly Token[], i: number, L: NumberLanguage, text: string): Read | null {
  const tok = toks[i];
  if (tok?.kind === 'num') {
    const d = readDigits(tok, L);
    const n = d ? readNumberAt(toks, i, L, d) : null;
    return n && d ? { n, start: d.start } : null;
  }
  if (tok?.kind !== 'word' || L.words.get(tok.key)?.kind === 'and') return null;
  return L.phrases.has(tok.key) || lexemesOf(L, tok.key) ? wordAt(toks, i, L, text) : null;
}

/** A letter's diacritics (Arabic harakat, Hebrew niqqud), which follow it in the text. */
const isMark = (c: number): boolean => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x0591 && c <= 0x05c7 && c !== 0x05be);

function wordAt(toks: readonly Token[], i: number, L: NumberLanguage, text: string): Read | null {
  const n = readNumberAt(toks, i, L, null);
  const tok = toks[i];
  if (!n || !tok) return null;
  // A connector glued to the first word ("وألف", "ושלושה") is the sentence's "and", not the number's.
  let start = tok.start;
  if (n.gluedAnd) for (start++; start < tok.end && isMark(text.charCodeAt(start)); start++);
  return { n, start };
}

/** A dash between the ends of a range ("20-30", "20 – 30"). */
const isDash = (t: Token | undefined): boolean => t?.kind === 'punct' && (t.key === '-' || t.key === '\u2013');

/**
 * The upper end of a range after `lo`: "entre 20 et 30", "بين 20 و30", "בין 20 ל-30",
 * "zwischen zwanzig und dreißig", "20-30", "20 – 30"; 'code' for a chain of dashed numbers
 * ("555-123-4567"), which is no figure at all.
 */
function rangeAfter(toks: readonly Token[], lo: Read, L: NumberLanguage, text: string): Read | 'code' | null {
  let j = lo.n.lastTok + 1;
  const sep = toks[j];
  if (!sep || sep.gap === '\n') return null;
  const opener = toks[lo.n.firstTok - 1];
  if (opener?.kind === 'word' && toks[lo.n.firstTok]?.gap !== '\n' && hasWord(L, L.between, opener.key)) {
    if (sep.kind !== 'word') return null;
    if (L.betweenAnd.has(sep.key)) {
      const hyphen = toks[++j];
      if (hyphen?.kind === 'punct' && HYPHENS.has(hyphen.key) && hyphen.gap === '') j++;
    } else if (!L.betweenAnd.has(sep.key[0] ?? '')) return null; // the joining letter is glued: "לשלושים", "وثلاثين"
    return toks[j]?.gap === '\n' ? null : readAt(toks, j, L, text);
  }
  if (!isDash(sep) || toks[j + 1]?.kind !== 'num' || toks[j + 1]?.gap === '\n') return null;
  const hi = readAt(toks, j + 1, L, text);
  if (!hi) return null;
  return isDash(toks[hi.n.lastTok + 1]) && toks[hi.n.lastTok + 2]?.kind === 'num' ? 'code' : hi;
}

/**
 * A percent sign or word after the number: where the number's span ends (past a sign, not past
 * words) and the token to resume after; null when there is none.
 */
function percentAfter(toks: readonly Token[], n: TermsNumber, L: NumberLanguage): { end: number; resume: number } | null {
  const next = toks[n.lastTok + 1];
  if (!next || next.gap === '\n') return null;
  if (next.kind === 'punct' && (next.key === '%' || next.key === '\u066a')) return { end: next.end, resume: n.lastTok + 2 };
  const words = longestPhrase(toks, n.lastTok + 1, L.percent, L);
  return words ? { end: n.end, resume: words.last + 1 } : null;
}

/** Every number in `text` read as language `L` writes numbers (see {@link findNumbers}). */
export function findNumbersIn(text: string, L: NumberLanguage, options: FindOptions = {}): FoundNumber[] {
  const max = options.max ?? 2_000;
  const toks = tokenize(text);
  const out: FoundNumber[] = [];
  // Candidates (digits, number words, vague phrases) examined: a text of nothing but rejected numbers stays cheap.
  let budget = max * 50;
  for (let i = 0; i < toks.length && out.length < max && budget > 0;) {
    const lo = readAt(toks, i, L, text);
    if (!lo) {
      const vague = longestPhrase(toks, i, L.vague, L);
      if (vague) {
        const start = toks[i]?.start ?? 0;
        const end = toks[vague.last]?.end ?? start;
        out.push({ value: vague.value, start, end, text: text.slice(start, end), vague: true, words: true });
        budget--;
        i = vague.last + 1;
      } else {
        if (toks[i]?.kind === 'num') budget--;
        i++;
      }
      continue;
    }
    budget--;
    const range = rangeAfter(toks, lo, L, text);
    if (range === 'code') {
      i = lo.n.lastTok + 1;
      while (toks[i]?.kind === 'num' || isDash(toks[i])) i++;
      continue;
    }
    const dashed = isDash(toks[lo.n.lastTok + 1]);
    let hi = range;
    const why = notAFigure(text, toks, lo.n, lo.start, L) ?? (hi ? notAFigure(text, toks, hi.n, hi.start, L, dashed) : null);
    if (why) {
      i = Math.max(why.resume, i + 1);
      continue;
    }
    let value = lo.n.value;
    // "entre 1,5 et 2 millions", "بين 300 و350 ألف": the upper end's scale is the lower end's too.
    const hiScale = hi?.n.only?.scale ?? 0;
    if (hi && lo.n.only && !lo.n.only.scale && hiScale && lo.n.value < hi.n.value / hiScale) value = scaled(lo.n.only, hiScale);
    if (hi && hi.n.value <= value) {
      // "3-1" is a score, "555-1234" a number: neither a range nor two figures. "entre 30 et 20" is two numbers.
      if (dashed) {
        i = hi.n.lastTok + 1;
        continue;
      }
      hi = null;
    }
    const last = hi ?? lo;
    const percent = percentAfter(toks, last.n, L);
    // Digits in brackets ("(5) شهداء", "(68) ألفًا و(234)") take their brackets: the number is what they enclose.
    const opened = !hi && bracketAround(toks, lo.n.firstTok) && lo.start === toks[lo.n.firstTok]?.start;
    const closed = opened && !percent && bracketAround(toks, lo.n.lastTok) && last.n.end === toks[lo.n.lastTok]?.end;
    const start = opened ? lo.start - 1 : lo.start;
    const end = closed ? last.n.end + 1 : (percent?.end ?? last.n.end);
    out.push({
      value,
      ...(hi ? { valueMax: hi.n.value } : {}),
      start,
      end,
      text: text.slice(start, end),
      ...(percent ? { percent: true as const } : {}),
      words: lo.n.words,
    });
    i = percent?.resume ?? (closed ? last.n.lastTok + 2 : last.n.lastTok + 1);
  }
  return out;
}

/**
 * Every number in `text` as language `lang` writes numbers, in order of position: its value
 * (or range), offsets, whether it is a percentage, vague, or written in words. Dates, years,
 * times, ordinals and codes are left out.
 */
export function findNumbers(text: string, lang: Lang, options: FindOptions = {}): FoundNumber[] {
  return findNumbersIn(text, numberLanguage(lang), options);
}
