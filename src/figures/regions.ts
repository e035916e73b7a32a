/**
 * The nested pieces of a sentence around a figure, from the closest words outwards: the head (the
 * noun phrase right after the number), the phrase after it and the phrase before it (up to a
 * comma, a dash, "and", or another number), the comma-delimited clause, and the sentence. Cues
 * are looked up level by level, so "at least 25,700 Gazans had been killed in the war, including
 * 210 in the previous 24 hours" gives 25,700 the war and 210 the 24 hours.
 */
import type { CueMatch } from './vocabulary';

/** Offsets of the levels around one figure. */
export interface Regions {
  start: number;
  end: number;
  headEnd: number;
  afterEnd: number;
  beforeStart: number;
  clauseStart: number;
  clauseEnd: number;
  winStart: number;
  winEnd: number;
}

/** How far the phrase before and after a figure may reach, in characters. */
const NEAR = 120;
/** How far around a figure a sentence is read: keeps the work per figure bounded. */
export const WINDOW = 320;

const PHRASE_BREAK = /[,;:()[\]–—]|\s-\s|\s(?:and|but|while|whereas|or|as)\s/gi;
const CLAUSE_BREAK = /[;:()[\]]|,(?!\d)/g;
/** A label ending in a colon, alone before the figure on its line: "Killed in Gaza: ". */
const TABLE_LABEL = /^[^:;,.\n\d]{3,80}:\s*(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|at\s+least\s+)?$/i;
/** What may follow a table value on its line: a unit word or two, a note in brackets. */
const TABLE_VALUE_END = /^\s*(?:[A-Za-z%]+\s*){0,2}(?:\([^()\n]{0,60}\))?[.;]?\s*$/;
/** Words that end a head noun phrase: verbs, auxiliaries, prepositions other than "of". */
const HEAD_STOP = /^(?:were|was|are|is|be|been|have|has|had|in|on|at|by|from|to|since|during|for|over|after|before|when|while|who|which|that|and|or|but|with|said|says|according|as|into|across|near|inside|under|out|killed|died|injured|wounded|dead|remain|remaining|held|left|because)$/i;

function lastBreak(text: string, from: number, to: number, re: RegExp): number {
  re.lastIndex = 0;
  const slice = text.slice(from, to);
  let at = -1;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) at = m.index + m[0].length;
  return at < 0 ? from : from + at;
}

function firstBreak(text: string, from: number, to: number, re: RegExp): number {
  re.lastIndex = 0;
  const m = re.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

/**
 * The levels around the figure at [start, end) in the sentence [sentStart, sentEnd). `prevEnd`
 * and `nextStart` are the neighbouring figures' offsets in the sentence (or the sentence bounds).
 */
export function regionsAround(
  text: string, start: number, end: number, sentStart: number, sentEnd: number, prevEnd: number, nextStart: number,
): Regions {
  const winStart = Math.max(sentStart, start - WINDOW);
  const winEnd = Math.min(sentEnd, end + WINDOW);
  const afterLimit = Math.min(winEnd, end + NEAR, Math.max(end, nextStart));
  const afterEnd = firstBreak(text, end, afterLimit, PHRASE_BREAK);
  const beforeLimit = Math.max(winStart, start - NEAR, Math.min(start, prevEnd));
  let beforeStart = lastBreak(text, beforeLimit, start, PHRASE_BREAK);
  let clauseStart = lastBreak(text, winStart, start, CLAUSE_BREAK);
  // A table row or fact box, "Displaced in Gaza: 1.7 million": the label before the colon is
  // what the figure counts, so it is read as the phrase before the figure.
  if (TABLE_LABEL.test(text.slice(sentStart, start)) && TABLE_VALUE_END.test(text.slice(end, sentEnd))) {
    beforeStart = sentStart;
    clauseStart = sentStart;
  }
  const clauseEnd = firstBreak(text, end, winEnd, CLAUSE_BREAK);
  let headEnd = end;
  const tokenRe = /[A-Za-z'’-]+|[^\sA-Za-z'’-]/g;
  const headText = text.slice(end, afterEnd);
  let count = 0;
  for (let m = tokenRe.exec(headText); m !== null && count < 5; m = tokenRe.exec(headText)) {
    if (HEAD_STOP.test(m[0]) || !/[A-Za-z]/.test(m[0])) break;
    headEnd = end + m.index + m[0].length;
    count++;
  }
  return { start, end, headEnd, afterEnd, beforeStart, clauseStart, clauseEnd, winStart, winEnd };
}

/** Which levels a cue lookup may use. */
export type Reach = 'head' | 'near' | 'clause' | 'sentence';

/**
 * The cue closest to the figure at the nearest level that has one: after the figure, then
 * before it, then the clause, then the sentence (as far as `reach` allows).
 */
export function pickCue(matches: readonly CueMatch[], r: Regions, reach: Reach = 'sentence', accept?: (m: CueMatch) => boolean): CueMatch | undefined {
  const ok = (m: CueMatch): boolean => (m.end <= r.start || m.start >= r.end) && (!accept || accept(m));
  const nearest = (from: number, to: number): CueMatch | undefined => {
    let best: CueMatch | undefined;
    let bestD = Infinity;
    for (const m of matches) {
      if (m.start < from || m.end > to || !ok(m)) continue;
      const d = m.start >= r.end ? m.start - r.end : r.start - m.end;
      if (d < bestD) { best = m; bestD = d; }
    }
    return best;
  };
  const head = nearest(r.end, r.headEnd);
  if (head || reach === 'head') return head;
  const after = nearest(r.end, r.afterEnd);
  if (after) return after;
  const before = nearest(r.beforeStart, r.start);
  if (before || reach === 'near') return before;
  const clause = nearest(r.clauseStart, r.clauseEnd);
  if (clause || reach === 'clause') return clause;
  return nearest(r.winStart, r.winEnd);
}
