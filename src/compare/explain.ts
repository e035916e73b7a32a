/**
 * The one-line explanations a reader sees on a badge: what the other report says, when, and how
 * it stands against the page ("ARN News Centre (Reuters), 24 Jan 2024: 25,700, 210 more two days
 * later, a later count of a growing total").
 */
import type { PairVerdict } from './classify-difference';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "24 Jan 2024" from "2024-01-24"; the input as it is when it is not such a date; "undated" for null. */
export function formatDate(date: string | null): string {
  if (!date) return 'undated';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** One formatter for every value: toLocaleString with options builds a new one per call. */
let numbers: Intl.NumberFormat | null = null;

/** A value as a reader writes it: 25,700; 2.3 million. */
export function formatValue(value: number): string {
  if (value >= 1_000_000 && value % 100_000 === 0) return `${value / 1_000_000} million`;
  return (numbers ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })).format(value);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The words for one other report's figure against the page's. */
export function explainPair(
  other: { publisher: string; date: string | null; text: string; qualifier: string | null },
  verdict: PairVerdict,
  pageDate: string | null,
): string {
  const said = `${other.publisher}, ${formatDate(other.date)}: ${other.qualifier ? `${other.qualifier} ` : ''}${other.text}`;
  if (verdict.kind === 'agrees') return `${said}, the same figure`;
  const parts: string[] = [];
  if (verdict.change !== undefined && verdict.days !== undefined) {
    const later = (pageDate ?? '') < (other.date ?? '') ? 'this report' : 'the page';
    const amount = verdict.change === 0 ? 'the same' : `${formatValue(Math.abs(verdict.change))} ${verdict.change > 0 ? 'more' : 'fewer'}`;
    parts.push(`${later} is ${plural(verdict.days, 'day')} later with ${amount}`);
  } else if (verdict.change !== undefined) {
    parts.push(`${formatValue(Math.abs(verdict.change))} ${verdict.change >= 0 ? 'more than' : 'fewer than'} the page`);
  }
  parts.push(verdict.reason);
  return `${said}; ${parts.join(', ')}`;
}
