/**
 * What only looks like a figure: dates ("7 octobre", "7. Oktober", "7 de octubre", "7 أكتوبر",
 * "7 באוקטובר", "October 7", "7.10."), years ("en 2023", "2023م", "(2024)"), times ("14:30",
 * "14 Uhr", "14 h 30"), German ordinals ("am 150. Tag") and codes glued to letters ("F-16",
 * "7e", "25km", "+970"). Each check looks at most a few tokens or characters around the number.
 */
import { hasWord, type NumberLanguage } from './number-language';
import { HYPHENS, type TermsNumber } from './read-terms';
import type { Token } from './tokens';

/** Why a number is not a figure, and the token to resume after (past a time's minutes). */
export interface NotAFigure { why: 'date' | 'year' | 'time' | 'ordinal' | 'code'; resume: number }

const isWord = (t: Token | undefined, set: ReadonlySet<string>, L: NumberLanguage): boolean => t?.kind === 'word' && t.gap !== '\n' && hasWord(L, set, t.key);
const isPunct = (t: Token | undefined, marks: string): boolean => t?.kind === 'punct' && marks.includes(t.key);
const isLatinLetter = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0xaa || c === 0xba || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** A plain number of 1 to 31, the shape of a day of the month. */
function isDay(n: TermsNumber): boolean {
  const t = n.only;
  return !!t && !t.scale && Number.isInteger(n.value) && n.value >= 1 && n.value <= 31 && (!t.digits || t.digits.plain);
}

/** A plain four-digit number from 1900 to 2100, the shape of a year. */
function isYearShape(n: TermsNumber): boolean {
  const d = n.only?.digits;
  return !!d && !n.only?.scale && d.plain && d.end - d.start === 4 && n.value >= 1900 && n.value <= 2100;
}

/** A month name at token `k` or after it ("7. Oktober", "7 de octubre"), or after a list of days ("7 et 8 octobre", "7-8 octobre"). */
function monthAfter(toks: readonly Token[], k: number, L: NumberLanguage, hops = 2): boolean {
  let j = k;
  if (isPunct(toks[j], '.') && toks[j]?.gap === '') j++;
  if (isWord(toks[j], L.dateLinks, L)) j++;
  if (isWord(toks[j], L.months, L)) return true;
  const sep = toks[j];
  if (hops === 0 || sep?.gap === '\n' || !(isPunct(sep, ',-–') || isWord(sep, L.betweenAnd, L) || (sep?.kind === 'word' && L.words.get(sep.key)?.kind === 'and'))) return false;
  const day = toks[j + 1];
  return day?.kind === 'num' && day.gap !== '\n' && !!day.groups && day.groups.length === 1 && Number(day.groups[0]) <= 31 && monthAfter(toks, j + 2, L, hops - 1);
}

/** A year: after a cue ("en", "seit", "عام", "ב-"), a month or a day and comma ("January 24, 2024"); or followed by no word. */
function isYear(toks: readonly Token[], n: TermsNumber, L: NumberLanguage): boolean {
  let p = n.firstTok - 1;
  if (isPunct(toks[p], [...HYPHENS].join('')) && toks[p]?.gap === '' && toks[n.firstTok]?.gap === '') p--;
  const prev = toks[p];
  if (toks[n.firstTok]?.gap !== '\n' && (isWord(prev, L.yearCues, L) || isWord(prev, L.months, L))) return true;
  if (isWord(prev, L.dateLinks, L) && isWord(toks[p - 1], L.months, L)) return true;
  if (isPunct(prev, ',.') && (isWord(toks[p - 1], L.months, L) || (toks[p - 1]?.kind === 'num' && isWord(toks[p - 2], L.months, L)))) return true;
  const next = toks[n.lastTok + 1];
  if (!next || next.gap === '\n' || next.kind !== 'word') return true;
  if (next.gap === '' && L.yearSuffixes.has(next.key)) return true;
  return L.words.get(next.key)?.kind === 'and' || L.betweenAnd.has(next.key);
}

/** A time of day: "14:30", "14 Uhr", "14 h 30"; with the token to resume after. */
function timeEnd(toks: readonly Token[], n: TermsNumber, L: NumberLanguage): number | null {
  const next = toks[n.lastTok + 1];
  const after = toks[n.lastTok + 2];
  if (isPunct(next, ':') && next?.gap === '' && after?.kind === 'num' && after.gap === '') return n.lastTok + 3;
  if (isWord(next, L.timeWords, L)) return after?.kind === 'num' && after.gap !== '\n' ? n.lastTok + 3 : n.lastTok + 2;
  if (next?.kind === 'word' && next.key === 'h' && after?.kind === 'num' && after.gap !== '\n' && after.groups?.[0]?.length === 2) return n.lastTok + 3;
  return null;
}

/** "7.10." or "ב-7.10": a day and a month written with a dot, in the languages that write them so. */
function isDottedDate(toks: readonly Token[], n: TermsNumber, L: NumberLanguage): boolean {
  const d = n.only?.digits;
  if (!d || n.only?.scale || d.decimals === 0 || d.decimals > 2) return false;
  const day = Math.floor(d.value);
  const month = d.mantissa % 10 ** d.decimals;
  if (day < 1 || day > 31 || month < 1 || month > 12 || d.end - d.start > 5) return false;
  const next = toks[n.lastTok + 1];
  if (L.dotDateTrailing && isPunct(next, '.') && next?.gap === '') return true;
  let p = n.firstTok - 1;
  if (isPunct(toks[p], [...HYPHENS].join('')) && toks[p]?.gap === '') p--;
  return isWord(toks[p], L.dotDateAfter, L);
}

/**
 * Why the number `n` (starting at offset `start`) is not a figure, or null when it may be one.
 * `dashed`: `n` is the upper end of a range after a dash ("20-30"), whose dash is no code's.
 */
export function notAFigure(text: string, toks: readonly Token[], n: TermsNumber, start: number, L: NumberLanguage, dashed = false): NotAFigure | null {
  const resume = n.lastTok + 1;
  if (!n.words && !dashed) {
    const before = text.charCodeAt(start - 1);
    const before2 = text.charCodeAt(start - 2);
    if (isLatinLetter(before) || '+#№/:@_\\='.includes(text[start - 1] ?? ' ')) return { why: 'code', resume };
    if (HYPHENS.has(text[start - 1] ?? '') && (isLatinLetter(before2) || (before2 >= 0x30 && before2 <= 0x39))) return { why: 'code', resume };
  }
  const after = text.charCodeAt(n.end);
  // "7e", "1er", "3rd", "25km", "7º", and the Spanish "7.º", "1.ª".
  if (isLatinLetter(after) || (text[n.end] === '.' && /[ºª]/.test(text[n.end + 1] ?? '')) || (/[/:]/.test(text[n.end] ?? '') && /\d/.test(text[n.end + 1] ?? ''))) {
    return timeEnd(toks, n, L) !== null ? { why: 'time', resume: timeEnd(toks, n, L) ?? resume } : { why: 'code', resume };
  }
  const time = timeEnd(toks, n, L);
  if (time !== null) return { why: 'time', resume: time };
  // "le 7 sept.": a month's abbreviation that is also a number word ("sept") is the month after a day.
  const first = toks[n.firstTok];
  if (n.words && first?.kind === 'word' && first.gap !== '\n' && L.months.has(first.key) && toks[n.firstTok - 1]?.kind === 'num') return { why: 'date', resume };
  if (isDay(n)) {
    if (monthAfter(toks, n.lastTok + 1, L)) return { why: 'date', resume };
    let p = n.firstTok - 1;
    if (isPunct(toks[p], '.')) p--;
    if (toks[n.firstTok]?.gap === ' ' && isWord(toks[p], L.months, L)) return { why: 'date', resume };
  }
  if (isDottedDate(toks, n, L)) return { why: 'date', resume };
  if (isYearShape(n) && isYear(toks, n, L)) return { why: 'year', resume };
  const next = toks[n.lastTok + 1];
  if (n.only?.digits?.plain && isPunct(next, '.') && next?.gap === '' && isWord(toks[n.firstTok - 1], L.ordinalDot, L) && toks[n.lastTok + 2]?.kind === 'word') {
    return { why: 'ordinal', resume };
  }
  return null;
}
