/**
 * Who gives a figure: the source named closest to it in its sentence (sources.json), else the
 * one named in the previous sentence of the same paragraph ("The Gaza health ministry reports a
 * toll of 25,490. In the past 24 hours alone, ... 195"). A news agency's "could not verify" in
 * the same paragraph, in the figure's sentence or one of the next two, is added to it.
 */
import type { Sentence } from './sentences';
import { findSources, findUnverified, type CueMatch } from './vocabulary';
import { pickCue, type Regions } from './regions';

/** How many sentences after a figure an agency's "could not verify" may stand. */
const UNVERIFIED_REACH = 2;

/** The agency named before "could not verify": "Reuters was unable to verify" gives Reuters. */
const AGENCY_BEFORE = /((?:[A-Z][A-Za-z.&'’-]*\s+){0,2}[A-Z][A-Za-z.&'’-]*)\s+(?:(?:was|were|is|are|has|have|had|did|does)\s+)?(?:also\s+)?$/;

/** "it said", "the ministry added": a sentence that points back to a source named before. */
const POINTS_BACK = /\b(?:it|they|the\s+ministry|the\s+statement|the\s+agency|the\s+office)\s+(?:also\s+)?(?:said|says|added|adds|reported|reports|stated|noted)\b/i;
/** How many sentences back "it said" may look for its source. */
const POINTS_BACK_REACH = 3;
/** A source that says something: "the ministry said", "according to the army". */
const SPEECH_AFTER = /^\S*\s+(?:(?:also|has|have|had|later|on\s+\w+)\s+)?(?:said|says|say|told|reported|reports|added|adds|stated|announced|confirmed|estimates|estimated|counts|counted)\b/i;
const SPEECH_BEFORE = /\baccording\s+to\s+(?:the\s+|a\s+)?(?:[A-Za-z'’-]+\s+){0,3}$/i;

/** Caches what each sentence names, so a sentence with many figures is read once. */
export class SourceFinder {
  private readonly named = new Map<number, CueMatch[]>();
  private readonly unverified = new Map<number, string | null>();

  constructor(private readonly text: string, private readonly sentences: readonly Sentence[]) {}

  private sourcesIn(i: number): CueMatch[] {
    let found = this.named.get(i);
    if (!found) {
      const s = this.sentences[i];
      // Long sentences are read in a bounded slice: attribution is local, and work must stay linear.
      found = s ? findSources(this.text.slice(s.start, Math.min(s.end, s.start + 4000)), s.start) : [];
      this.named.set(i, found);
    }
    return found;
  }

  /** "Reuters could not verify it" when sentence `i` says so, else null. */
  private unverifiedIn(i: number): string | null {
    if (this.unverified.has(i)) return this.unverified.get(i) ?? null;
    const s = this.sentences[i];
    let note: string | null = null;
    if (s) {
      const slice = this.text.slice(s.start, Math.min(s.end, s.start + 4000));
      const cue = findUnverified(slice)[0];
      if (cue) {
        const agency = AGENCY_BEFORE.exec(slice.slice(0, cue.start))?.[1]?.replace(/^The\s+/, '');
        note = agency ? `${agency} could not verify it` : 'not independently verified';
      }
    }
    this.unverified.set(i, note);
    return note;
  }

  /** The source of the figure with regions `r` in sentence `i`, or null. */
  sourceOf(i: number, r: Regions): string | null {
    const named = this.sourcesIn(i);
    // A source that speaks ("the ministry said") gives the figure; one that acts in it ("the
    // Israeli army killed 210 Palestinians ..., the ministry said") does not.
    const speaking = named.filter((m) => SPEECH_AFTER.test(this.text.slice(m.end, m.end + 40)) || SPEECH_BEFORE.test(this.text.slice(Math.max(0, m.start - 40), m.start)));
    const actor = (m: CueMatch): boolean => m.end <= r.start && /^\s+(?:killed|struck|bombed|shelled|hit|attacked)\b/i.test(this.text.slice(m.end, m.end + 12));
    let name = pickCue(named, r, 'sentence', (m) => !(speaking.length > 0 && actor(m) && !speaking.includes(m)))?.key ?? null;
    const s = this.sentences[i];
    const prev = this.sentences[i - 1];
    if (!name && s && prev && prev.paragraph === s.paragraph) {
      const before = this.sourcesIn(i - 1);
      name = before[before.length - 1]?.key ?? null;
    }
    if (!name && s && POINTS_BACK.test(this.text.slice(s.start, Math.min(s.end, s.start + 4000)))) {
      // "..., it said": the source named in the sentences just before, across a paragraph break.
      for (let j = i - 1; j >= 0 && j >= i - POINTS_BACK_REACH && !name; j--) {
        const before = this.sourcesIn(j);
        name = before[before.length - 1]?.key ?? null;
      }
    }
    let note: string | null = null;
    for (let j = i; j <= i + UNVERIFIED_REACH && !note; j++) {
      const t = this.sentences[j];
      if (!t || !s || t.paragraph !== s.paragraph) break;
      note = this.unverifiedIn(j);
    }
    if (!note) return name;
    return name ? `${name} (${note})` : note;
  }
}
