/**
 * Extracting figures: every counted quantity of a text with its value, qualifier, measure, time
 * scope, source and exact offsets. Pure: takes a string, returns plain data, never throws.
 */
import type { Figure } from '../types';
import { classifyMeasure, type SentenceCues } from './classify-measure';
import { SourceFinder } from './attribute-source';
import { findQuantities, type Quantity } from './find-quantities';
import { regionsAround, WINDOW, type Regions } from './regions';
import { sentenceAt, splitSentences, type Sentence } from './sentences';
import { counterOf, ENTITY_CLAIMANTS, findCeasefire, findEntityContext, findEvents, findNouns, findPlaces, findScopes } from './vocabulary';
import { isPart } from './phrase-links';

/** Options of {@link extractFigures}. */
export interface ExtractOptions {
  /** Stop after this many figures (work cap for hostile pages). Default 2000, far above any article. */
  maxFigures?: number;
}

/** Default {@link ExtractOptions.maxFigures}: a long live blog carries a few hundred figures. */
export const DEFAULT_MAX_FIGURES = 2000;

/** Reads every kind of cue in text[start, end). */
function cuesIn(text: string, start: number, end: number): SentenceCues {
  const slice = text.slice(start, end);
  return {
    nouns: findNouns(slice, start),
    entityContext: findEntityContext(slice, start),
    events: findEvents(slice, start),
    scopes: findScopes(slice, start),
    places: findPlaces(slice, start),
    ceasefire: findCeasefire(slice, start),
  };
}

/**
 * The cues around one figure. A sentence of ordinary length is read once for all its figures; a
 * run-on "sentence" (a scrape with no full stops) is read in a window around each figure, so the
 * work per figure stays bounded.
 */
class CueCache {
  private readonly bySentence = new Map<number, SentenceCues>();
  constructor(private readonly text: string) {}
  get(index: number, s: Sentence, at: number): SentenceCues {
    if (s.end - s.start <= 4 * WINDOW) {
      let c = this.bySentence.get(index);
      if (!c) { c = cuesIn(this.text, s.start, s.end); this.bySentence.set(index, c); }
      return c;
    }
    return cuesIn(this.text, Math.max(s.start, at - WINDOW), Math.min(s.end, at + WINDOW));
  }
}

/** "Hamas claimed", "the brigades claim to have killed": a party's claim, said in the figure's clause. */
const CLAIM_VERB = /\b(?:claim(?:s|ed|ing)?|boast(?:s|ed|ing)?)\b/i;

/**
 * A party's claim: a claim verb in the figure's clause, or a count of one side's losses given by a
 * counter that measures.json lists as that entity's claimant (Hamas on Israeli soldiers killed).
 */
function isClaim(text: string, r: Regions, entity: string | null, source: string | null): boolean {
  if (CLAIM_VERB.test(text.slice(r.clauseStart, r.clauseEnd))) return true;
  const counter = counterOf(source);
  return entity !== null && counter !== null && (ENTITY_CLAIMANTS.get(entity)?.has(counter) ?? false);
}

/** True when the quantity is part of a time-scope phrase ("in the last 24 hours", "since Oct. 7"). */
function insideScope(q: Quantity, cues: SentenceCues): boolean {
  return cues.scopes.some((m) => m.start <= q.start && q.end <= m.end);
}

/**
 * Every counted figure in `text`, in order of position. Dates, times, years, ordinals, ages,
 * phone and model numbers are left out; "hundreds of thousands" and "dozens" are left out too,
 * because they give no value a reader could compare (reading them as 100,000 or 24 would invent
 * differences). Never throws; at most `maxFigures` figures.
 */
export function extractFigures(text: string, options: ExtractOptions = {}): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const max = Math.max(0, Math.floor(options.maxFigures ?? DEFAULT_MAX_FIGURES));
  if (max === 0) return [];
  try {
    return extract(text, max);
  } catch {
    // A bug must not take the page down: no figures is an honest answer.
    return [];
  }
}

function extract(text: string, max: number): Figure[] {
  const quantities = findQuantities(text, max);
  if (quantities.length === 0) return [];
  const sentences = splitSentences(text);
  const cache = new CueCache(text);
  const sources = new SourceFinder(text, sentences);
  const located = quantities
    .map((q) => {
      const si = sentenceAt(sentences, q.start);
      const s = sentences[si];
      return s ? { q, si, s, cues: cache.get(si, s, q.start) } : null;
    })
    .filter((x): x is { q: Quantity; si: number; s: Sentence; cues: SentenceCues } => x !== null && !insideScope(x.q, x.cues));
  const regions = located.map(({ q, si, s }, i) => {
    const prev = located[i - 1];
    const next = located[i + 1];
    const prevEnd = prev && prev.si === si ? prev.q.end : s.start;
    const nextStart = next && next.si === si ? next.q.start : s.end;
    return regionsAround(text, q.start, q.end, s.start, s.end, prevEnd, nextStart);
  });
  const figures: Figure[] = [];
  let previousEntity: string | null = null;
  let previousEvent: string | null = null;
  let previousOwnEntity: string | null = null;
  let previousMeasure: string | null = null;
  located.forEach(({ q, si, s, cues }, i) => {
    const r = regions[i]!;
    // The other figures of the sentence (a few at most; bounded for run-on scrapes).
    const others: Regions[] = [];
    for (let j = i - 1; j >= 0 && j >= i - 8 && located[j]!.si === si; j--) others.push(regions[j]!);
    for (let j = i + 1; j < located.length && j <= i + 8 && located[j]!.si === si; j++) others.push(regions[j]!);
    const prev = located[i - 1];
    const previous = prev && prev.si === si ? { end: prev.q.end, event: previousEvent, entity: previousOwnEntity } : null;
    const c = classifyMeasure(text, q, r, cues, previousEntity, { others, previous });
    const same = (c.entity === null || c.entity === previousEntity) && (c.measure === null || c.measure.key === previousMeasure);
    const part = q.unit === 'count' && isPart(text, r, same);
    const source = sources.sourceOf(si, r);
    const claim = isClaim(text, r, c.entity, source);
    if (c.entity) previousEntity = c.entity;
    previousEvent = c.event;
    previousOwnEntity = c.entity;
    previousMeasure = c.measure?.key ?? null;
    figures.push({
      value: q.value,
      ...(q.valueMax !== undefined ? { valueMax: q.valueMax } : {}),
      text: text.slice(q.start, q.end),
      qualifier: q.qualifier,
      measure: c.measure?.key ?? null,
      label: c.measure?.label ?? null,
      source,
      scope: c.scopeText,
      start: q.start,
      end: q.end,
      sentenceStart: s.start,
      sentenceEnd: s.end,
      ...(part ? { part: true as const } : {}),
      ...(claim ? { claim: true as const } : {}),
    });
  });
  return figures;
}
