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
    let name = pickCue(this.sourcesIn(i), r)?.key ?? null;
    const s = this.sentences[i];
    const prev = this.sentences[i - 1];
    if (!name && s && prev && prev.paragraph === s.paragraph) {
      const named = this.sourcesIn(i - 1);
      name = named[named.length - 1]?.key ?? null;
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
