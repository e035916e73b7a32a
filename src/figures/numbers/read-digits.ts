/**
 * The value of a run of digits as a language writes it: which separators group thousands and
 * which mark decimals. The rules, applied in this order:
 *
 * - The no-break, narrow no-break, thin and figure spaces and the Arabic ٬ only ever group
 *   thousands, and the Arabic ٫ only ever marks decimals, in every language.
 * - A separator the language lists for grouping groups when it is followed by exactly three
 *   digits, after a first group of one to three, and is the same separator all along
 *   ("25.490", "1 234 567"). So a separator listed both ways is read by what follows it:
 *   three digits group, any other count is decimal (de "25.490" = 25490 but "2.5" = 2.5).
 * - After the groups, one separator the language lists for decimals, different from the
 *   grouping one, marks decimals ("1.234,5", "1,234.5").
 * - A space only groups; a run that is two numbers side by side ("555 1234", "8 282 0000") is a
 *   phone number or a code and is not read, except a year followed by a number ("2023 1 200").
 * - Any other shape is not a number ("1,7" in English, "7.10.2023", "0599"): nothing is read.
 */
import type { NumberLanguage } from './number-language';
import type { NumToken } from './tokens';

/** A number written in digits. */
export interface DigitNumber {
  value: number;
  /** The digits without separators, as an integer, and how many of them are decimals: 1,7 → 17 and 1. */
  mantissa: number;
  decimals: number;
  start: number;
  end: number;
  /** True for bare digits: no separator, no decimals ("2023", "7"). */
  plain: boolean;
}

/** Separators that group thousands in every language. */
const ALWAYS_GROUP = new Set(['\u00a0', '\u202f', '\u2009', '\u2007', '\u066c']);
const SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009', '\u2007']);
/** More digits than this are not a count (and lose precision as a double). */
const MAX_DIGITS = 15;

interface Chunk { first: number; last: number; decimals: string | null }

const isYear = (digits: string): boolean => digits.length === 4 && Number(digits) >= 1900 && Number(digits) <= 2100;

/** Cuts a run into the numbers it writes; null when it is not numbers at all. */
function chunks(tok: NumToken, L: NumberLanguage): Chunk[] | null {
  const { groups, seps } = tok;
  if (!groups) return null;
  const out: Chunk[] = [];
  for (let i = 0; i < groups.length;) {
    if (i > 0 && !SPACES.has(seps[i - 1] ?? '')) return null;
    const lead = groups[i] ?? '';
    if (lead.length > 1 && lead.startsWith('0')) return null;
    let j = i;
    let grouping: string | null = null;
    if (lead.length <= 3) {
      for (; j + 1 < groups.length; j++) {
        const s = seps[j] ?? '';
        if (!(L.group.has(s) || ALWAYS_GROUP.has(s)) || (grouping !== null && s !== grouping) || groups[j + 1]?.length !== 3) break;
        grouping = s;
      }
    }
    let decimals: string | null = null;
    const s = seps[j] ?? '';
    if (j + 1 < groups.length && (L.decimal.has(s) || s === '\u066b') && s !== grouping) {
      decimals = groups[j + 1] ?? '';
      j++;
    }
    out.push({ first: i, last: j, decimals });
    i = j + 1;
  }
  return out;
}

/**
 * The number a run of digits writes in language `L`, or null when it writes none (or more than
 * one, as a phone number does).
 */
export function readDigits(tok: NumToken, L: NumberLanguage): DigitNumber | null {
  const cut = chunks(tok, L);
  if (!cut || !tok.groups) return null;
  const { groups, starts } = tok;
  let chunk = cut[0];
  if (cut.length === 2 && chunk && chunk.first === chunk.last && chunk.decimals === null && isYear(groups[chunk.first] ?? '')) chunk = cut[1];
  else if (cut.length !== 1) return null;
  if (!chunk) return null;
  const intLast = chunk.decimals === null ? chunk.last : chunk.last - 1;
  const whole = groups.slice(chunk.first, intLast + 1).join('');
  const decimals = chunk.decimals ?? '';
  if (whole.length > MAX_DIGITS || whole.length + decimals.length > MAX_DIGITS) return null;
  const lastGroup = groups[chunk.last] ?? '';
  return {
    value: Number(decimals ? `${whole}.${decimals}` : whole),
    mantissa: Number(whole + decimals),
    decimals: decimals.length,
    start: starts[chunk.first] ?? tok.start,
    end: (starts[chunk.last] ?? tok.start) + lastGroup.length,
    plain: chunk.first === chunk.last && chunk.decimals === null,
  };
}
