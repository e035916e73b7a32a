/**
 * Number and change wording shared by the popup, options and report pages. Pure: no DOM, no
 * browser, so it is tested in Node.
 */
import type { Alignment } from '../../types';
import { leadOther } from '../badges/badge-text';

/** British grouping ("25,700"), as the corpus' English-language reports write numbers. */
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "25,700" from 25700. */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** "+210", "−35" (a true minus sign, which screen readers say as "minus"), "±0". */
export function formatSigned(n: number): string {
  if (n === 0) return '±0';
  return `${n > 0 ? '+' : '−'}${NUMBER.format(Math.abs(n))}`;
}

/** "1 report", "3 reports". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${formatNumber(n)} ${n === 1 ? word : many}`;
}

/** "0 days", "1 day", "12 days". */
export function dayCount(days: number): string {
  return plural(Math.abs(days), 'day');
}

/**
 * The change column of the figures table: "+210 in 0 days" for an update (the alignment's own
 * change and days), "+300 vs this page" for a conflict (the first report that differs), and
 * "no change" where every report agrees.
 */
export function formatChange(a: Pick<Alignment, 'kind' | 'change' | 'days' | 'page' | 'others'>): string {
  if (a.kind === 'agrees') return 'no change';
  if (a.kind === 'update' && a.change !== undefined) {
    return a.days !== undefined ? `${formatSigned(a.change)} in ${dayCount(a.days)}` : formatSigned(a.change);
  }
  const lead = leadOther(a as Alignment);
  if (!lead) return '';
  return `${formatSigned(lead.value - a.page.value)} vs this page`;
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
