/** The figures table's change column, in the catalogue's words. Pure: tested in Node. */
import type { Alignment } from '../../types';
import { countOf, formatSigned } from '../../wording/format';
import { say } from '../../wording/messages';
import { leadOther } from './alignment-view';

/**
 * The change column of the figures table: "+210 in 0 days" for an update (the alignment's own
 * change and days), "+300 vs this page" for a conflict (the first report that differs), and
 * "no change" where every report agrees.
 */
export function formatChange(a: Pick<Alignment, 'kind' | 'change' | 'days' | 'page' | 'others'>): string {
  if (a.kind === 'agrees') return say('change.none');
  if (a.kind === 'update' && a.change !== undefined) {
    return a.days !== undefined ? say('change.in-days', { change: formatSigned(a.change), days: countOf('day', Math.abs(a.days)) }) : formatSigned(a.change);
  }
  const lead = leadOther(a as Alignment);
  if (!lead) return '';
  return say('change.vs-page', { change: formatSigned(lead.value - a.page.value) });
}
