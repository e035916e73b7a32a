/**
 * Finds the quantities in a text, before anything is known of what they count: their value, unit,
 * qualifier and exact offsets. Rejects what only looks like a number: dates, times, years,
 * ordinals ("98th division"), ages, phone and model numbers, labels ("Channel 11").
 * Every pattern is linear (no nested quantifiers) and all look-arounds are bounded, so a 5 MB
 * string of digits costs one pass.
 */
import { MONTH_NAME } from '../base/dates';
import { NUMBER_WORDS_RE, SCALES, parseNumberWords } from './number-words';
import type { FigureUnit } from './vocabulary';
import { findQualifier } from './qualifiers';

/** A number found in the text, with what the characters around it say about it. */
export interface Quantity {
  value: number;
  valueMax?: number;
  start: number;
  end: number;
  unit: FigureUnit;
  qualifier: string | null;
  /** True for a word number ("twenty-four") or a share ("half"). */
  words: boolean;
}

const DIGITS_RE = /(?<![\w.,])[$£€]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)/g;
const MONTH = MONTH_NAME;
const MONTH_BEFORE = new RegExp(`(?<![A-Za-z])${MONTH}\\.?,?\\s+(?:the\\s+)?$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![a-z])`, 'i');
const DAY_BEFORE = /(?<![A-Za-z])(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?$/i;
const SCALE_AFTER = /^[^\S\n\r]*(million|billion|thousand|trillion|mn|bn)(?![a-z])/i;
const PERCENT_AFTER = /^\s*(?:%|per\s*cent(?![a-z])|percent(?![a-z]))/i;
const TIME_UNIT_AFTER = /^(?:-|\s+)(hours?|days?|weeks?|months?|years?)(?![a-z])/i;
const AGE_AFTER = /^(?:-|\s+)(?:year|month|week|day)s?(?:-|\s+)old(?![a-z])/i;
const AGE_KEEP = /^\s*(?:war|conflict|siege|blockade|offensive|campaign|truce|ceasefire|occupation|fighting)/i;
const AGE_BEFORE = /(?<![A-Za-z])(?:aged|age|ages)\s+$/i;
const LENGTH_AFTER = /^(?:-|\s*)(?:metres?|meters?|km|kilometres?|kilometers?|miles?|m|feet|ft)(?![a-z])/i;
const CLOCK_AFTER = /^\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc|hrs|h\d\d)(?![a-z])|^[:h]\d/i;
const FRACTION_AFTER = /^(?:-|\s+)(?:thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)(?![a-z])/i;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)(?![a-z])/i;
const PHONE_AFTER = /^(?:[\s.-]\d{2,4}){2}/;
const DASH_RANGE = /^[^\S\n\r]*[-–][^\S\n\r]*(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,])/;
/** Capitalised words that may stand before a figure; any other makes it a label ("Channel 11"). */
const CAP_OK = new Set([
  'the', 'at', 'some', 'nearly', 'about', 'around', 'over', 'more', 'almost', 'only', 'another', 'all', 'of',
  'in', 'on', 'and', 'but', 'with', 'by', 'to', 'for', 'from', 'since', 'until', 'up', 'approximately', 'roughly',
  'least', 'than', 'exactly', 'just', 'killing', 'including', 'among', 'also', 'while', 'when', 'after', 'before',
  'during', 'under', 'less', 'fewer', 'estimated', 'an', 'a', 'and', 'are', 'were', 'total', 'toll', 'another',
  'as', 'many', 'much', 'well', 'those', 'these', 'its', 'their', 'his', 'her', 'our', 'another', 'nearly', 'roughly',
  'reached', 'passed', 'exceeded', 'surpassed', 'topped', 'then', 'now', 'even', 'yet', 'so', 'if', 'of', 'between',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'only',
  'israel', 'gaza', 'hamas', 'palestinians', 'israelis', 'officials', 'ministry', 'reuters', 'ap', 'afp',
]);

function unitAfter(after: string): FigureUnit | 'skip' | 'count' {
  if (ORDINAL_AFTER.test(after) || CLOCK_AFTER.test(after)) return 'skip';
  if (PERCENT_AFTER.test(after)) return 'percent';
  if (AGE_AFTER.test(after)) {
    const rest = after.replace(AGE_AFTER, '');
    return AGE_KEEP.test(rest) ? ((TIME_UNIT_AFTER.exec(after)?.[1] ?? 'month').toLowerCase().replace(/s$/, '') as FigureUnit) : 'skip';
  }
  const t = TIME_UNIT_AFTER.exec(after);
  if (t) return (t[1] ?? 'day').toLowerCase().replace(/s$/, '') as FigureUnit;
  if (LENGTH_AFTER.test(after)) return 'length';
  if (FRACTION_AFTER.test(after)) return 'skip'; // "two-thirds", "three quarters": a share given in words
  if (/^[A-Za-z]/.test(after)) return 'skip'; // glued letters: a model or code ("5G", "M4A1")
  return 'count';
}

/** Why a digit run at [start, end) is not a figure, or null when it may be one. */
function rejectDigits(text: string, start: number, end: number, raw: string): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  const prev = before.slice(-1);
  if (/[A-Za-z/#:@+_]/.test(prev)) return true; // "M4", "24/7", "#3", "+44"
  if ((prev === '-' || prev === '–') && /[A-Za-z\d][-–]$/.test(before)) return true; // "F-16", "COVID-19", "2024-01-24"
  if (/^0\d/.test(raw)) return true; // "07", "01": codes and dates, never a count
  if (/^[/:@_]\d/.test(after) || /^\.\d/.test(after)) return true; // dates 1/24, times 10:30, versions
  const plain = !raw.includes(',') && !raw.includes('.');
  const n = Number(raw.replace(/[^\d.]/g, ''));
  if (plain && n >= 1 && n <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) return true;
  if (plain && raw.length === 4 && n >= 1800 && n <= 2100 && !/^\s+(?:people|palestinians|israelis|soldiers|fighters|militants|hostages|civilians|trucks)\b/i.test(after)) return true;
  if (plain && n <= 31 && DAY_BEFORE.test(before) && MONTH_AFTER.test(after)) return true;
  if (AGE_BEFORE.test(before)) return true;
  if (plain && PHONE_AFTER.test(after)) return true; // "555 123 4567", "020.7946.0000"
  if (plain && /(?:^|[^\d,.])\d{2,4}[\s.-]$/.test(before) && /^\d{2,}$/.test(raw)) return true; // the rest of such a run
  const cap = /([A-Z][a-z]+)\.?\s+$/.exec(before);
  if (cap && !CAP_OK.has((cap[1] ?? '').toLowerCase()) && !MONTH_BEFORE.test(before)) return true; // "Channel 11", "Resolution 2728"
  if (/\bNo\.\s*$/.test(before)) return true;
  return false;
}

/** A value read from digits, with its scale word; null when it is not a finite, sane number. */
function digitValue(raw: string): number | null {
  const digits = raw.replace(/[^\d.]/g, '');
  if (digits.replace('.', '').length > 15) return null;
  const n = Number(digits);
  return Number.isFinite(n) ? n : null;
}

/** Every quantity in `text`, in order of position, at most `max` of them. */
export function findQuantities(text: string, max: number): Quantity[] {
  const out: Quantity[] = [];
  // Examine a bounded number of candidates: a page of nothing but rejected numbers stays cheap.
  let budget = max * 50;
  DIGITS_RE.lastIndex = 0;
  for (let m = DIGITS_RE.exec(text); m !== null && out.length < max && budget-- > 0; m = DIGITS_RE.exec(text)) {
    const raw = m[0];
    const start = m.index;
    let end = start + raw.length;
    const money = /^[$£€]/.test(raw);
    if (rejectDigits(text, start, end, raw)) continue;
    let value = digitValue(raw);
    if (value === null) continue;
    let after = text.slice(end, end + 40);
    const scale = SCALE_AFTER.exec(after);
    if (scale) {
      const word = (scale[1] ?? '').toLowerCase();
      const mult = word === 'mn' ? 1e6 : word === 'bn' ? 1e9 : (SCALES[word] ?? 1);
      value *= mult;
      end += scale[0].length;
      after = text.slice(end, end + 40);
    } else if (money && /^(?:m|bn|k)(?![a-z])/i.test(after)) {
      const s = /^(m|bn|k)/i.exec(after)?.[1]?.toLowerCase();
      value *= s === 'm' ? 1e6 : s === 'bn' ? 1e9 : 1e3;
      end += s?.length ?? 0;
      after = text.slice(end, end + 40);
    }
    let valueMax: number | undefined;
    const range = DASH_RANGE.exec(after);
    if (range && !scale) {
      const hi = digitValue(range[1] ?? '');
      if (hi === null || hi <= value || /^\s*[-–]\s*\d+\s*[-–]\s*\d/.test(after)) continue; // "3-1" scores, "555-123-4567"
      valueMax = hi;
      end += range[0].length;
      after = text.slice(end, end + 40);
    }
    const unit = money ? 'money' : unitAfter(after);
    if (unit === 'skip') continue;
    let finalEnd = end;
    if (unit === 'percent' && /^%/.test(after)) finalEnd = end + 1;
    out.push({ value, ...(valueMax !== undefined ? { valueMax } : {}), start, end: finalEnd, unit, qualifier: findQualifier(text, start), words: false });
  }
  findWordQuantities(text, max, out);
  findBetweenRanges(text, out);
  out.sort((a, b) => a.start - b.start);
  return out.slice(0, max);
}

/** Nouns after which a lone "one" is a count ("one Filipino citizen", "one-month truce"). */
const ONE_OK = /^(?:-|\s+)(?:[A-Za-z]+\s+)?(?:palestinians?|israelis?|soldiers?|hostages?|citizens?|brigades?|battalions?|divisions?|person|civilian|child|man|woman|reservist|journalist|aid\s+worker|day|week|month|year|hour|fighter|militant)\b/i;

function findWordQuantities(text: string, max: number, out: Quantity[]): void {
  NUMBER_WORDS_RE.lastIndex = 0;
  let found = 0;
  let budget = max * 50;
  for (let m = NUMBER_WORDS_RE.exec(text); m !== null && found < max && budget-- > 0; m = NUMBER_WORDS_RE.exec(text)) {
    const parsed = parseNumberWords(m[0]);
    if (!parsed || parsed.value === 0) continue;
    const start = m.index;
    const end = start + parsed.length;
    const raw = text.slice(start, end);
    const after = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, start - 24), start);
    // "one" alone is mostly not a count ("one of the deadliest", "one step away").
    if (/^one$/i.test(raw) && !ONE_OK.test(after)) continue;
    if (/^(?:a|an)\s+dozen$/i.test(raw) || /^dozen$/i.test(raw)) continue;
    if (/^(?:hundred|thousand|million|billion)s?$/i.test(raw)) continue;
    // "hundreds of thousands", "thousands": vague; a run that ends on a plural scale is not a figure.
    if (/^s\b/i.test(after) || /^s\s+of\b/i.test(after)) continue;
    if (AGE_BEFORE.test(before)) continue;
    let value = parsed.value;
    let wEnd = end;
    const scale = SCALE_AFTER.exec(after);
    if (scale && value < 1000 && !/hundred|thousand|million|billion/i.test(raw)) {
      value *= SCALES[(scale[1] ?? '').toLowerCase()] ?? 1;
      wEnd += scale[0].length;
    }
    const unit = unitAfter(text.slice(wEnd, wEnd + 40));
    if (unit === 'skip') continue;
    found++;
    out.push({ value, start, end: wEnd, unit, qualifier: findQualifier(text, start), words: true });
  }
  findHalves(text, out);
  findFractions(text, out);
  findOrdinals(text, out);
}

const DENOMINATORS: Record<string, number> = { third: 3, quarter: 4, fifth: 5, sixth: 6, eighth: 8, tenth: 10 };
const NUMERATORS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, nine: 9 };
/** "a fifth of Gaza's people", "two-thirds of the population", "three quarters of all homes": a share in words. */
const FRACTION_RE = /(?<![A-Za-z-])(a|one|two|three|four|five|seven|nine)(?:-|[^\S\n\r]+)(third|quarter|fifth|sixth|eighth|tenth)s?(?=[^\S\n\r]+(?:of|the|its|their|all)\b)/gi;

function findFractions(text: string, out: Quantity[]): void {
  FRACTION_RE.lastIndex = 0;
  for (let m = FRACTION_RE.exec(text); m !== null; m = FRACTION_RE.exec(text)) {
    const num = NUMERATORS[(m[1] ?? '').toLowerCase()] ?? 0;
    const den = DENOMINATORS[(m[2] ?? '').toLowerCase()] ?? 0;
    if (num === 0 || den === 0 || num >= den) continue;
    const value = Math.round((num / den) * 1000) / 10;
    out.push({ value, start: m.index, end: m.index + m[0].length, unit: 'percent', qualifier: findQualifier(text, m.index), words: true });
  }
}

const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
/**
 * "the second evacuation", "for a third time": how many times something has happened. Only
 * after an article or possessive and before a noun, on one line: never "a fifth of" (a share), "the second
 * half", "second-largest", or "seconds".
 */
const ORDINAL_RE = /(?<![A-Za-z-])(?:the|a|its|their|his|her|this|for[^\S\n\r]+the|for[^\S\n\r]+a)[^\S\n\r]+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[^\S\n\r]+(?!of\b|half\b|quarter\b|largest\b|biggest\b|highest\b|most\b|and\b|or\b)(?=[a-z])/gi;

function findOrdinals(text: string, out: Quantity[]): void {
  ORDINAL_RE.lastIndex = 0;
  for (let m = ORDINAL_RE.exec(text); m !== null; m = ORDINAL_RE.exec(text)) {
    const word = m[1] ?? '';
    const start = m.index + m[0].length - word.length - (m[0].length - m[0].trimEnd().length);
    out.push({ value: ORDINALS[word.toLowerCase()] ?? 0, start, end: start + word.length, unit: 'ordinal', qualifier: null, words: true });
  }
}

/** "half the enclave's 2.3 million people", "Half of Gazans": a share of 50 percent. */
const HALF_RE = /(?<![A-Za-z-])half(?=\s+(?:of\b|the\b|its\b|their\b|all\b|[A-Z][A-Za-z]*['’]s\b|gaza))/gi;

function findHalves(text: string, out: Quantity[]): void {
  HALF_RE.lastIndex = 0;
  for (let m = HALF_RE.exec(text); m !== null; m = HALF_RE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/(?:first|second|a|the|one)\s+$/i.test(before)) continue; // "the first half of", "one half"
    out.push({ value: 50, start: m.index, end: m.index + 4, unit: 'percent', qualifier: findQualifier(text, m.index), words: true });
  }
}

/** "between 20 and 30": joins two quantities into a range. */
function findBetweenRanges(text: string, out: Quantity[]): void {
  out.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (!/\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 10), a.start))) continue;
    if (!/^[^\S\n\r]+and[^\S\n\r]+$/i.test(text.slice(a.end, b.start)) || b.value <= a.value) continue;
    out.splice(i, 2, { ...a, valueMax: b.value, end: b.end, unit: b.unit, qualifier: null });
  }
}
