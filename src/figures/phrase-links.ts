/**
 * How a figure leans on the figures beside it in its sentence: an apposition that restates it
 * ("1.9 million people, or about 85% of the population, have fled"), a share of a counted whole
 * ("80% of Gaza's 2.3 million people have been displaced") and a part of a whole ("9,000 of
 * Hamas's estimated 30,000 fighters"). Found on wire-style phrasings the extractor misread:
 * without these, the verb that says what is counted lies beyond the figure's own phrase.
 */
import type { Regions } from './regions';
import { GENERIC_ENTITIES, type CueMatch } from './vocabulary';

/**
 * An apposition that restates the figure before the verb: "More than 1.9 million people, or
 * about 85% of the population, have been displaced". The verb after it still says what the
 * figure counts.
 */
const APPOSITION_AFTER = /^\s*(?:,\s*(?:or\s+)?[^,;:.()]{0,80}?(?:\d|\b(?:half|thirds?|quarters?|fifths?)\b)[^,;:.()]{0,60},|\s[–—]\s[^–—;:.()]{0,80}?(?:\d|\b(?:half|thirds?|quarters?|fifths?)\b)[^–—;:.()]{0,60}\s[–—])\s*/i;
/** "% of Gaza's ", "of the enclave's ": a share's phrase, cut short by the whole it is a share of. */
const SHARE_OF = /^\s*(?:per\s*cent|percent)?\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z'’-]+\s+){0,2}$/i;
/** The whole a share is of: a number and up to two words of its noun ("2.3 million people"). */
const WHOLE = /^[\d,.]+(?:\s+(?:million|billion|thousand))?(?:\s+(?:[A-Za-z'’-]+))?(?:\s+(?!have\b|has\b|had\b|are\b|were\b|is\b|was\b)[A-Za-z'’-]+)?/i;
/** "1.9 million people, or about 85% of ...": a share right after a count restates that count. */
export const RESTATES_PREVIOUS = /^[^,;:.()]{0,60},\s*(?:or\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+|less\s+than\s+|at\s+least\s+)?$/i;
/** Events a restating share takes from the count it restates. */
export const RESTATED_EVENTS: ReadonlySet<string> = new Set(['sheltering', 'displaced']);

/** The phrase after an apposition that restates the figure, as [start, end), or null. */
export function appositionTail(text: string, r: Regions): [number, number] | null {
  let m = APPOSITION_AFTER.exec(text.slice(r.afterEnd, Math.min(r.winEnd, r.afterEnd + 200)));
  // "80% of Gaza's 2.3 million people have been displaced": a share of a counted whole takes
  // the verb after the whole.
  if (!m && SHARE_OF.test(text.slice(r.end, r.afterEnd))) m = WHOLE.exec(text.slice(r.afterEnd, Math.min(r.winEnd, r.afterEnd + 60)));
  if (!m) return null;
  const start = r.afterEnd + m[0].length;
  const rest = text.slice(start, Math.min(r.winEnd, start + 120));
  const stop = /[,;:()[\]–—]|\s(?:and|but|while|whereas|or|as)\s/i.exec(rest);
  return [start, start + (stop ? stop.index : rest.length)];
}

/** "9,000 of Hamas's estimated 30,000 fighters": the words between a part and its whole. */
const PARTITIVE_GAP = /^\s+of\s+(?:the\s+|its\s+|their\s+|an\s+|[A-Z][A-Za-z-]*['’]s?\s+)?(?:estimated\s+|roughly\s+|some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$/;
/** The same, read back from the whole: it is preceded by a part of it. */
export const PARTITIVE_WHOLE = /(?:\d[\d,.]*(?:\s+(?:million|thousand))?|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand))\s+of\s+(?:the\s+|its\s+|their\s+|an\s+|[A-Z][A-Za-z-]*['’]s?\s+)?(?:estimated\s+|roughly\s+|some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$/;

/** The entity of the whole when the figure is a part of a counted whole, else null. */
export function partitiveEntity(text: string, r: Regions, nouns: readonly CueMatch[], others: readonly Regions[]): string | null {
  const whole = others.find((o) => o.start > r.end && o.start - r.end <= 40 && PARTITIVE_GAP.test(text.slice(r.end, o.start)));
  if (!whole) return null;
  const head = nouns.filter((m) => m.start >= whole.end && m.end <= whole.headEnd);
  return (head.find((m) => !GENERIC_ENTITIES.has(m.key)) ?? head[0])?.key ?? null;
}

/** "including 9 in an ambush", "among them 8", "of whom 21": a part of the count said before it. */
const PART_BEFORE = /\b(?:including|among\s+(?:them|whom|those|these)|of\s+(?:whom|them|those|these))\s+(?:at\s+least\s+|more\s+than\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|another\s+)?$/i;
/** "9 of the soldiers", "21 of them", "21 of whom", "21 of the 24": a part of a group or count. */
const PART_AFTER = /^\s+of\s+(?:them|whom|those|these|the|its|their)\b/i;

/**
 * True when a count is a part of a whole said beside it: "21 of the 24 soldiers", "an ambush
 * killed 9 of the soldiers", "24 soldiers were killed, 21 of whom ...", or "including N" of the
 * count before it when it counts the same thing ("15 soldiers were killed, including 9 on
 * Monday"). A count that "including" narrows to another measure ("including 81 in the past 24
 * hours", "including 8 children") is that measure's whole count, not a part. `same` says whether
 * the figure counts what the figure before it counts (same entity, and same measure or none).
 */
export function isPart(text: string, r: Regions, same: boolean): boolean {
  if (PART_AFTER.test(text.slice(r.end, r.end + 24))) return true;
  return same && PART_BEFORE.test(text.slice(Math.max(r.winStart, r.start - 40), r.start));
}
