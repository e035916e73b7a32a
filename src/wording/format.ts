/**
 * How numbers and dates are written on every screen and in the engine's explanations, in the
 * active catalogue's language: English by hand ("24 Jan 2024", "25,700", as before, and without
 * loading Intl's formatters into a news page for small numbers), the other languages with Intl for
 * their locale (FORMAT_LOCALE): "25 490" in French, "25.490" in German, "24 janv. 2024".
 * Pure: no DOM, no browser, so it runs in the content script, the extension's pages and Node alike.
 */
import { daysBetween } from '../base/dates';
import { FORMAT_LOCALE } from './locale';
import { activeCatalogue, EN, say, type EngineKey } from './messages';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Intl formatters by locale and options, each made once: making one costs milliseconds. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** The active language's locale tag for Intl, or null for English (written by hand). */
function intlLocale(): string | null {
  const locale = activeCatalogue().locale;
  return locale === 'en' ? null : FORMAT_LOCALE[locale];
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** "25,700" from 25700 ("25 700" in French, "25.700" in German); up to two decimals. The catalogue's formatter: one for every screen. */
export function formatNumber(n: number): string {
  return activeCatalogue().number(n);
}

/** A figure's value as a reader writes it: "25,700"; "2.3 million" ("2,3 millions") for a round number of millions. */
export function formatValue(value: number): string {
  if (value >= 1_000_000 && value % 100_000 === 0) {
    const locale = intlLocale();
    if (locale) return numberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }).format(value);
    return `${value / 1_000_000} million`;
  }
  return formatNumber(value);
}

/** "+210", "−35" (a true minus sign, which screen readers say as "minus"), "±0". */
export function formatSigned(n: number): string {
  if (n === 0) return '±0';
  return `${n > 0 ? '+' : '−'}${formatNumber(Math.abs(n))}`;
}

/** "24 Jan 2024" from "2024-01-24"; the input as it is when it is not such a date; "undated" for null. */
export function formatDate(date: string | null): string {
  if (!date) return say('date.undated');
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  const locale = intlLocale();
  if (locale && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (Number.isFinite(ms)) return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(ms);
  }
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** "Jan 2024" ("janv. 2024", "Jan. 2024", "يناير 2024") from "2024-01-24": a time axis' month ticks. */
export function formatMonth(date: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(date);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return date;
  const locale = intlLocale();
  if (locale) return dateFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** Things counted: "1 report", "3 reports", "0 days". */
export function countOf(thing: 'day' | 'report' | 'publisher' | 'figure' | 'article', n: number): string {
  return say(`count.${thing}`, { count: n });
}

/** "0.82" → "82%" ("82 %" in French and German): the topic score as a reader reads it. */
export function formatScore(score: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(score) ? score : 0));
  const locale = intlLocale();
  if (locale) return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(Math.round(clamped * 100) / 100);
  return `${Math.round(clamped * 100)}%`;
}

/**
 * A figure's words with its hedge, in the interface's language: "at least 25,490", "au moins
 * 25 490". The page's words are kept as written; the hedge, which the engine keeps as one of its
 * normalised English qualifiers ("more than" for "أكثر من" or "plus de"), is said by the catalogue,
 * unless the words already start with it (an English page's "more than 25,000").
 */
export function withQualifier(text: string, qualifier: string | null): string {
  if (!qualifier || text.toLowerCase().startsWith(qualifier.toLowerCase())) return text;
  const key = `qualifier.${qualifier.replace(/ /g, '-')}`;
  return key in EN ? say(key as EngineKey, { figure: text }) : `${qualifier} ${text}`;
}

/** "Length of the ceasefire" from "length of the ceasefire": measure labels start a table cell or a caption. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "same day", "1 day later", "3 days earlier": `otherDate` relative to the page's date. */
export function relativeDay(pageDate: string | null, otherDate: string | null): string {
  const d = daysBetween(pageDate, otherDate);
  if (d === null) return formatDate(otherDate);
  if (d === 0) return say('relative.same-day');
  return say(d > 0 ? 'relative.later' : 'relative.earlier', { count: Math.abs(d) });
}

/** A publisher's short name: "ARN News Centre (Reuters)" → "ARN/Reuters", "The Irish Times (Reuters)" → "Irish Times/Reuters". */
export function shortPublisher(publisher: string): string {
  const m = /^(?:The\s+)?(.+?)(?:\s+News Centre|\s+News)?\s*\((.+)\)\s*$/.exec(publisher);
  return m ? `${m[1]}/${m[2]}` : publisher.replace(/^The\s+/, '');
}

/**
 * "23 Jan" from a moment (ms since 1970), in the reader's own time zone: the day they read
 * something. The year is added when it is not the current one ("23 Jan 2023"), so a library kept
 * over years still reads unambiguously.
 */
export function formatDay(ms: number, now: number = Date.now()): string {
  const d = new Date(ms);
  if (!Number.isFinite(d.getTime())) return say('date.undated');
  const locale = intlLocale();
  if (locale) {
    const sameYear = d.getFullYear() === new Date(now).getFullYear();
    return dateFormat(locale, sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' }).format(d);
  }
  const day = `${d.getDate()} ${MONTHS[d.getMonth()]}`;
  return d.getFullYear() === new Date(now).getFullYear() ? day : `${day} ${d.getFullYear()}`;
}

/** "you read, 23 Jan": how an article of the reader's library is marked wherever it is listed. */
export function youRead(keptAt: number, now: number = Date.now()): string {
  return say('library.read', { date: formatDay(keptAt, now) });
}

/** Intl's names of the units {@link formatBytes} uses. */
const INTL_UNITS = ['kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A stored size as people read it: "512 bytes", "3.4 KB", "820 KB", "3.4 MB". Decimal units
 * (1 KB = 1,000 bytes), as the browsers' own storage pages and the stores' size limits count them;
 * one decimal under 10, whole numbers above, so the width stays short.
 */
export function formatBytes(bytes: number): string {
  const b = Math.max(0, Number.isFinite(bytes) ? bytes : 0);
  if (b < 1_000) return say('size.bytes', { count: Math.round(b) });
  const units = ['KB', 'MB', 'GB'] as const;
  let value = b / 1_000;
  let unit = 0;
  while (value >= 999.5 && unit < units.length - 1) {
    value /= 1_000;
    unit += 1;
  }
  const shown = value < 9.95 ? Math.round(value * 10) / 10 : Math.round(value);
  const locale = intlLocale();
  // Intl's own unit words: "3,4 Mo" in French, "3,4 MB" in German, "3.4 ميغابايت" in Arabic.
  if (locale) return numberFormat(locale, { style: 'unit', unit: INTL_UNITS[unit]!, maximumFractionDigits: 1 }).format(shown);
  return `${formatNumber(shown)} ${units[unit]}`;
}
