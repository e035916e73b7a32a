/** How every screen shows an alignment's kind, and which report's figure it names first. */
import type { Alignment, DifferenceKind, OtherFigure } from '../../types';
import { say } from '../../wording/messages';

/** Icons by kind: a check for agreement, an arrow for a later count, a not-equal sign for a conflict. */
export const KIND_ICON: Record<DifferenceKind, string> = { agrees: '✓', update: '↗', conflict: '≠' };

/** Kinds in words: "agrees", "later update", "conflict", in the interface's language when read. */
export const KIND_WORD: Readonly<Record<DifferenceKind, string>> = {
  get agrees() { return say('kind.agrees'); },
  get update() { return say('kind.update'); },
  get conflict() { return say('kind.conflict'); },
};

/** The report figure a screen names first: the most recent one that differs, else the first. */
export function leadOther(a: Alignment): OtherFigure | undefined {
  const differing = a.others.filter((o) => o.value !== a.page.value);
  // ISO dates sort as plain strings; localeCompare would load a collator into the page (about 7 ms).
  return [...differing].sort((x, y) => ((y.date ?? '') > (x.date ?? '') ? 1 : (y.date ?? '') < (x.date ?? '') ? -1 : 0))[0] ?? a.others[0];
}
