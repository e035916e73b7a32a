/**
 * Schema pieces shared by several data files, and the checks written by hand that schemas do not
 * express well (a value unique across a list, a reference into another file).
 */
import * as v from 'valibot';
import type { Problem } from './problems';

/** A non-empty string with no space at either end. */
export const Text = v.pipe(v.string(), v.nonEmpty('must not be empty'), v.check((s) => s.trim() === s, 'has spaces at an end'));

/** A `$comment` (or `$field`) note for reviewers; the code never reads it. */
export const Comment = v.optional(Text);

/** Whether a regular-expression source compiles with the given flags; the error message if not. */
export function regexError(source: string, flags: string): string | null {
  try {
    new RegExp(source, flags);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

/**
 * A cue phrase of measures.json or sources.json (src/figures/vocabulary.ts `cueSource`): a plain
 * phrase, or `re:` and a regular expression that must compile with the flags the vocabulary uses (gi).
 */
export const Cue = v.pipe(
  Text,
  v.check((c) => !c.startsWith('re:') || regexError(c.slice(3), 'gi') === null, (issue) => `regular expression does not compile: ${regexError(String(issue.input).slice(3), 'gi')}`),
);

/** A list of cues, each once. Order is kept: the cues compile into one alternation, where the first that matches wins. */
export const CueList = v.pipe(v.array(Cue), v.checkItems((c, i, all) => all.indexOf(c) === i, 'listed twice'));

/** A list of strings used as a set: each once. */
export const StringSet = v.pipe(v.array(Text), v.checkItems((c, i, all) => all.indexOf(c) === i, 'listed twice'));

/** Code-point order, the same on every machine (unlike localeCompare). */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A sorted copy of a set-like list; `null` members go last. */
export function sortedSet<T extends string | null>(list: readonly T[]): T[] {
  return [...new Set(list)].sort((a, b) => (a === null ? 1 : b === null ? -1 : byCodePoint(a, b)));
}

/** A copy of an object whose known keys come in `order`; others follow in their own order. */
export function ordered<T extends object>(obj: T, order: readonly string[]): T {
  const src = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of order) if (src[k] !== undefined) out[k] = src[k];
  for (const k of Object.keys(src)) if (!(k in out) && src[k] !== undefined) out[k] = src[k];
  return out as T;
}

/** A copy of a record with its keys sorted in code-point order. */
export function sortedRecord<T>(rec: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(rec).sort(([a], [b]) => byCodePoint(a, b)));
}

/**
 * Problems for values seen in more than one entry: `owners` lists, per entry, its name and the
 * values it claims; a value claimed by two entries is reported on the second.
 */
export function claimedTwice(file: string, field: string, owners: readonly { entry: string; values: readonly string[] }[]): Problem[] {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const o of owners) {
    for (const value of o.values) {
      const prior = first.get(value);
      if (prior !== undefined && prior !== o.entry) problems.push({ file, entry: o.entry, field, message: `"${value}" is also in ${prior}` });
      else first.set(value, o.entry);
    }
  }
  return problems;
}

/** Problems for references that do not resolve: each of `refs` must be one of `known`. */
export function unknownRefs(file: string, entry: string, field: string, refs: readonly (string | null)[], known: ReadonlySet<string | null>, what: string): Problem[] {
  return refs.filter((r) => !known.has(r)).map((r) => ({ file, entry, field, message: `unknown ${what} "${String(r)}"` }));
}
