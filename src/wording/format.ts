/**
 * How numbers and dates are written on every screen and in the engine's explanations: one number
 * formatter, one date style. Pure: no DOM, no browser, so it runs in the content script, the
 * extension's pages and Node alike.
 */
import { daysBetween } from '../base/dates';
import { ENGLISH, say } from './messages';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "25,700" from 25700; up to two decimals. The catalogue's formatter: one for every screen. */
export function formatNumber(n: number): string {
  return ENGLISH.number(n);
}

/** A figure's value as a reader writes it: "25,700"; "2.3 million" for a round number of millions. */
export function formatValue(value: number): string {
  if (value >= 1_000_000 && value % 100_000 === 0) return `${value / 1_000_000} million`;
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
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** Things counted: "1 report", "3 reports", "0 days". */
export function countOf(thing: 'day' | 'report' | 'publisher' | 'figure' | 'article', n: number): string {
  return say(`count.${thing}`, { count: n });
}

/** "0.82" → "82%": the topic score as a reader reads it. */
export function formatScore(score: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(score) ? score : 0));
  return `${Math.round(clamped * 100)}%`;
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
  const day = `${d.getDate()} ${MONTHS[d.getMonth()]}`;
  return d.getFullYear() === new Date(now).getFullYear() ? day : `${day} ${d.getFullYear()}`;
}

/** "you read, 23 Jan": how an article of the reader's library is marked wherever it is listed. */
export function youRead(keptAt: number, now: number = Date.now()): string {
  return say('library.read', { date: formatDay(keptAt, now) });
}

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
  return `${formatNumber(shown)} ${units[unit]}`;
}
