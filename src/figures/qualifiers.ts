/**
 * The hedge before a figure ("at least", "more than", "nearly"...), normalised to a small set so
 * the comparison can reason about bounds: a lower bound, an upper bound, or an approximation.
 */

/** The normalised qualifiers. */
export type Qualifier = 'at least' | 'more than' | 'about' | 'nearly' | 'up to' | 'less than';

/** Qualifiers that make a figure a lower bound. */
export const LOWER_BOUNDS: ReadonlySet<string> = new Set(['at least', 'more than']);
/** Qualifiers that make a figure an upper bound. */
export const UPPER_BOUNDS: ReadonlySet<string> = new Set(['nearly', 'up to', 'less than']);

/**
 * Each pattern ends where the number starts. Order matters: "no more than" is an upper bound
 * before "more than" is a lower one. "passed 25,000" and "exceeded 17,700" are how tolls are
 * reported crossing a mark, so they read as "more than".
 */
const PATTERNS: readonly [Qualifier, RegExp][] = [
  ['up to', /(?<![A-Za-z])(?:no\s+more\s+than|up\s+to|as\s+many\s+as|as\s+much\s+as)\s+(?:a\s+total\s+of\s+)?$/i],
  ['at least', /(?<![A-Za-z])(?:at\s+least|no\s+(?:fewer|less)\s+than|not\s+less\s+than|a\s+minimum\s+of)\s+(?:a\s+total\s+of\s+)?$/i],
  ['less than', /(?<![A-Za-z])(?:less\s+than|fewer\s+than|under|below|short\s+of)\s+$/i],
  ['nearly', /(?<![A-Za-z])(?:nearly|almost|close\s+to|just\s+under|just\s+short\s+of|approaching|approaches|nears|neared|nearing)\s+$/i],
  ['more than', /(?<![A-Za-z])(?:more\s+than|over|well\s+over|upwards\s+of|in\s+excess\s+of|exceed(?:ed|s|ing)?|pass(?:ed|es|ing)|surpass(?:ed|es|ing)?|top(?:ped|s)|above|greater\s+than|beyond|higher\s+than)\s+(?:the\s+)?$/i],
  ['about', /(?<![A-Za-z])(?:about|around|some|approximately|roughly|an\s+estimated|estimated|circa|approx\.?|an\s+approximate|nearly\s+about)\s+$/i],
];

/** The normalised qualifier written just before offset `start` of `text`, or null. */
export function findQualifier(text: string, start: number): Qualifier | null {
  const before = text.slice(Math.max(0, start - 32), start);
  for (const [q, re] of PATTERNS) if (re.test(before)) return q;
  return null;
}
