/**
 * Dates, in one place: the English month names every reader of text uses, turning the many ways
 * pages write a date into `YYYY-MM-DD`, and day arithmetic on those strings.
 *
 * Parsing is pure string work, never `new Date(text)`: `new Date("2024-01-24T23:30:00-05:00")`
 * would move a late-evening story to the next day in UTC, while the publisher meant the day it
 * wrote. Day numbers count whole UTC days since 1970-01-01, so a calendar date always maps to the
 * same day wherever the code runs.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * Years accepted as a publication date. The web's news starts in the 1990s; anything outside this
 * window in a meta tag is a placeholder ("0001-01-01") or a typo, not a date.
 */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** A month or day number in two digits: 1 → "01". */
export const pad = (n: number): string => String(n).padStart(2, '0');

/** Days in a month of a year (Gregorian, with leap years). */
function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * `YYYY-MM-DD` for a year, month and day, or null when they are not a real calendar date in the
 * accepted window.
 */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysIn(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * An English month name or its abbreviation ("jan", "January", "sept", "Sept."), as a regular
 * expression source without a group: callers wrap it as they need. Match it case-insensitively.
 */
export const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** Month number (1–12) of an English month name or abbreviation, 0 when unknown. */
export const monthNumber = (word: string): number => MONTHS[word.slice(0, 3).toLowerCase()] ?? 0;

const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const SLASHED = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T|$)/;
const MONTH_WORD = `(${MONTH_NAME})\\.?`;
/** "January 24, 2024", "Jan 24th 2024". */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
/** "Tue Jan 23 14:05:00 UTC 2024": Java's Date.toString, which some CMSs put in their meta tags. */
const MONTH_DAY_TIME_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:[A-Z]{2,5}[+-]?\\d{0,4}\\s+)?(\\d{4})\\b`, 'i');
/** "24 January 2024", "Wed, 24 Jan 2024 10:00:00 GMT", "24-Jan-2024". */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)(?:of\\s+)?${MONTH_WORD}(?:,?\\s+|-)(\\d{4})\\b`, 'i');

/**
 * Normalises a date as pages write it in metadata or bylines to `YYYY-MM-DD`, or null.
 * Accepts ISO 8601 (the date part as written, whatever the offset), `2024/01/24`, `20240124`,
 * "January 24, 2024", "24 January 2024" and RFC 2822. Never throws.
 */
export function normalizeDate(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  // Dates are short; a long string is prose, and scanning only its start keeps this cheap.
  const s = raw.trim().slice(0, 200);
  if (s === '') return null;
  let m = ISO.exec(s) ?? SLASHED.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = COMPACT.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_DAY_YEAR.exec(s) ?? MONTH_DAY_TIME_YEAR.exec(s);
  if (m) return isoDate(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return isoDate(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
  return null;
}

/** `/2024/01/24/` (WordPress, Guardian, CNN style paths). */
const URL_PATH_DATE = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/;
/** `2024-04-07` anywhere in the path (ITV, many slugs). */
const URL_DASHED_DATE = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/;
/** `/25-Jan-2024/` (some South Asian papers). */
const URL_DAY_MONTH_YEAR = new RegExp(`[/_-](\\d{1,2})-${MONTH_WORD}-(\\d{4})(?=[/_.-]|$)`, 'i');
/** `/20240124/` or `-20240124-` as a whole path segment part; 8 digits only, validated. */
const URL_COMPACT = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/;

/**
 * The publication date a URL carries in its path (`/2024/01/24/`, `2024-04-07`, `/25-Jan-2024/`,
 * `/20240124/`), or null. The query string and fragment are ignored: tracking parameters carry
 * dates of visits, not of publication. Never throws.
 */
export function dateFromUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url === '') return null;
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/s, '').slice(0, 2000);
  for (const re of [URL_PATH_DATE, URL_DASHED_DATE, URL_COMPACT]) {
    const m = re.exec(path);
    if (m) {
      const d = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (d) return d;
    }
  }
  const m = URL_DAY_MONTH_YEAR.exec(path);
  return m ? isoDate(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1])) : null;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const DAY_MS = 86_400_000;

/** The `YYYY-MM-DD` day of an ISO date or date-time ("2024-01-24T10:00Z" → "2024-01-24"), or null. */
export function isoDay(date: string | null | undefined): string | null {
  const m = date ? ISO_DAY.exec(date) : null;
  if (!m) return null;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  return Number.isFinite(Date.parse(day)) ? day : null;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date, or -1 when it is not one. */
export function dayNumber(date: string | null | undefined): number {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return -1;
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : -1;
}

/** The YYYY-MM-DD date of a day number ({@link dayNumber}'s inverse). */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `a` to `b` (YYYY-MM-DD...), or null when either is not a date. */
export function daysBetween(a: string | null, b: string | null): number | null {
  const ma = a ? ISO_DAY.exec(a) : null;
  const mb = b ? ISO_DAY.exec(b) : null;
  if (!ma || !mb) return null;
  const ta = Date.UTC(Number(ma[1]), Number(ma[2]) - 1, Number(ma[3]));
  const tb = Date.UTC(Number(mb[1]), Number(mb[2]) - 1, Number(mb[3]));
  if (!Number.isFinite(ta) || !Number.isFinite(tb)) return null;
  return Math.round((tb - ta) / DAY_MS);
}
