/**
 * The one-line explanations a reader sees on a badge: what the other report says, when, and how
 * it stands against the page ("ARN News Centre (Reuters), 24 Jan 2024: 25,700, 210 more two days
 * later, a later count of a growing total"). The words come from the wording catalogue.
 */
import { countOf, formatDate, formatValue, withQualifier } from '../wording/format';
import { say } from '../wording/messages';
import type { PairVerdict } from './classify-difference';

/** A figure as written, with its qualifier: "at least 25,490". */
const figureText = (f: { text: string; qualifier: string | null }): string => withQualifier(f.text, f.qualifier);

/** "This page (23 Jan 2024): at least 25,490.": the page's own figure, opening an alignment's explanation. */
export function explainPage(page: { date: string | null; text: string; qualifier: string | null }): string {
  return say('explain.page-said', { date: formatDate(page.date), figure: figureText(page) });
}

/** The words for one other report's figure against the page's. */
export function explainPair(
  other: { publisher: string; date: string | null; text: string; qualifier: string | null },
  verdict: PairVerdict,
  pageDate: string | null,
): string {
  const said = say('explain.said', { publisher: other.publisher, date: formatDate(other.date), figure: figureText(other) });
  if (verdict.kind === 'agrees') return say('explain.same', { said });
  const parts: string[] = [];
  if (verdict.change !== undefined && verdict.days !== undefined) {
    const which = say((pageDate ?? '') < (other.date ?? '') ? 'explain.which.report' : 'explain.which.page');
    const value = formatValue(Math.abs(verdict.change));
    const amount = verdict.change === 0 ? say('explain.amount.same') : say(verdict.change > 0 ? 'explain.amount.more' : 'explain.amount.fewer', { value });
    parts.push(say('explain.later-with', { which, days: countOf('day', verdict.days), amount }));
  } else if (verdict.change !== undefined) {
    parts.push(say(verdict.change >= 0 ? 'explain.more-than-page' : 'explain.fewer-than-page', { value: formatValue(Math.abs(verdict.change)) }));
  }
  parts.push(verdict.reason);
  return say('explain.with-parts', { said, parts: parts.join(', ') });
}
