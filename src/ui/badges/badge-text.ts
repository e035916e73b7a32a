/** What a badge says: its short label and the name a screen reader hears. */
import { measureLabel } from '../../wording/labels';
import type { Alignment } from '../../types';
import { relativeDay, shortPublisher } from '../../wording/format';
import { say } from '../../wording/messages';
import { KIND_WORD, leadOther } from '../common/alignment-view';

/** The badge's short label: "25,700 · ARN/Reuters, same day". */
export function badgeLabel(a: Alignment): string {
  const o = leadOther(a);
  if (!o) return KIND_WORD[a.kind];
  return say('badge.label', { figure: o.text, publisher: shortPublisher(o.publisher), when: relativeDay(a.page.date, o.date) });
}

/** What a screen reader hears for the badge. */
export function badgeAccessibleName(a: Alignment): string {
  const o = leadOther(a);
  const others = o ? say('badge.name.other', { publisher: o.publisher, figure: o.text, when: relativeDay(a.page.date, o.date) }) : '';
  return say('badge.name', { kind: KIND_WORD[a.kind], measure: measureLabel(a.measure, a.label), figure: a.page.text, others });
}
