/**
 * How related one report is to a page, and why: shared names, counted things and words (IDF
 * weighted), figures of the same measure at close values, and the days between them. Decides
 * whether the report tells the same event: near in time and sharing enough specific things, or,
 * for an undated page, sharing much more; never when a growing total differs by too much.
 */
import type { Figure } from '../types';
import { formatNumber } from '../wording/format';
import { measureLabel } from '../wording/labels';
import { say } from '../wording/messages';
import type { LoadedCorpus } from './load-corpus';
import type { PageDay } from './page-dates';
import { figureBucket } from './report-features';

/** A page feature as the scorer sees it: corpus feature id to closeness and the page's wording. */
export type PageFeatureSet = Map<number, { closeness: number; display: string }>;

/** The verdict on one report. */
export interface Relatedness {
  score: number;
  sameStory: boolean;
  reasons: string[];
  /** Total evidence (sum of shared weights), for tests and the bench. */
  evidence: number;
  /** Evidence from specific things only (each weighing at least {@link SPECIFIC_WEIGHT}): whether a report of only the same war is worth listing. */
  specific: number;
}

/** Evidence at which the content part of the score reaches 63%: about two specific names and a counted thing. */
export const EVIDENCE_SCALE = 8;
/** Days apart (beyond the page date's own uncertainty) within which two reports can tell one event: January's seeds and pages span 22–26 Jan. */
export const SAME_EVENT_DAYS = 3;
/** Evidence needed for the same event when the dates agree: one specific name and a counted thing, or three names. */
export const MIN_EVIDENCE_DATED = 4;
/**
 * Evidence needed for the same event with no date to go by: several specific things in common.
 * Measured on the seeds: undated pages of the same event reach 22–30 with their best seed, pages
 * of other events of the war stay under 10 (the strongest, a Rafah strike sharing "2.3 million",
 * "24 hours" and Rafah, reaches 10.4).
 */
export const MIN_EVIDENCE_UNDATED = 14;
/**
 * Extra evidence needed per day apart beyond the first: an event's coverage is densest on its day
 * and the next; two or three days later the news has moved on to other events that still name the
 * same places (the ICJ ruling or the UNRWA funding freeze, days after January's Khan Younis
 * reports, name Khan Younis, Hamas and 7 October), so more must be shared.
 */
export const EVIDENCE_PER_DAY = 2;
/**
 * A growing total (the Gaza toll, the soldiers killed) agreeing within 2% places an undated page
 * within days of the report: the toll grew 0.5–1% a day in early 2024. Such a page needs this much
 * evidence instead of MIN_EVIDENCE_UNDATED: several specific things, not only the toll.
 */
export const DATING_TOTAL = 0.02;
export const MIN_EVIDENCE_FIGURE_DATED = 8;
/** Figures of one measure within 5% agree (a day's rise of a toll); a growing total off by more than 12% is another time. */
export const CLOSE_FIGURE = 0.05;
export const CONTRADICTING_TOTAL = 0.12;
/** Most evidence from one measure given at a close value (a rare figure's weight, about a rare name and a half); common figures weigh less. */
export const FIGURE_EVIDENCE = 3;
/**
 * The least weight of a shared thing that says something about the story rather than the war, and
 * so may be shown as a reason and make a report of the same war worth listing. In the seeds the
 * weakest place is Khan Younis (1.45, named by every seed); above the line too are rare names
 * ("Al-Amal", "Gazans", 1.95–2.44) and counted things ("24 soldiers"). Below it are the war's own
 * words, which every report carries: its actors ("Israeli military", Netanyahu, 1.06), the country
 * (Israel, 0.04), Gaza, Hamas, "Gaza Strip" (0.43), "hostages" (0.83), a figure of every phase (1,200
 * killed on 7 October, 0.59; Gaza's 2.3 million, 0.84), a word of a longer name shared without the
 * name ("Street" of "Wall Street" and "Salah al-Din Street", 0.79; "United" of "United Nations" and
 * "United States") and a common word ("central", "claimed", 0.79 while the corpus is small; a rare
 * word can pass as the corpus grows). They still add to the score; they are never reasons, and a
 * report sharing only them is not listed.
 */
export const SPECIFIC_WEIGHT = 1.2;
/**
 * Extra evidence a page needs to be the same story as a report when it frames its event as a
 * repeat ("again", "for a second time", "months after": story-framing.ts) and no growing total
 * agrees (the same dated figures would place it in the report's days): the same units, places and
 * people are what a repeat shares with the first time, so only much more than they give will do.
 */
export const REPEAT_EVIDENCE = 24;

/** Whether a scored report is worth listing: the same story, or the same war sharing at least one specific thing. */
export function worthListing(v: Pick<Relatedness, 'score' | 'sameStory' | 'specific'>): boolean {
  return v.score > 0 && (v.sameStory || v.specific >= SPECIFIC_WEIGHT);
}

/** Reasons shown per report, besides the date; figures take at most half, so shared names still show. */
export const MAX_REASONS = 6;
const MAX_FIGURE_REASONS = 3;

const isTotal = (measure: string): boolean => /cumulative|total/.test(measure);

interface FigureMatch {
  evidence: number;
  /** Evidence of the agreeing figures that weigh at least SPECIFIC_WEIGHT each. */
  specific: number;
  /** Per reason: whether its figure is specific. */
  specificReason: boolean[];
  reasons: string[];
  /** Per reason: whether the two figures are equal (else the reason says both, "25,000 → 25,105"). */
  exact: boolean[];
  /** Values of agreeing figures (page's and report's), to reason once about each. */
  values: Map<number, number>;
  contradicted: boolean;
  /** A growing total agrees within DATING_TOTAL: the page is from about the report's days. */
  dating: boolean;
}

function figureEvidence(page: readonly Figure[], reportFigures: readonly Figure[], corpus: LoadedCorpus): FigureMatch {
  let evidence = 0;
  let specific = 0;
  const specificReason: boolean[] = [];
  let contradicted = false;
  let dating = false;
  const reasons: string[] = [];
  const exact: boolean[] = [];
  const values = new Map<number, number>();
  const seen = new Set<string>();
  for (const p of page) {
    if (!p.measure || seen.has(p.measure)) continue;
    let best: Figure | null = null;
    let bestGap = Infinity;
    for (const f of reportFigures) {
      if (f.measure !== p.measure) continue;
      const gap = Math.abs(f.value - p.value) / Math.max(f.value, p.value, 1);
      if (gap < bestGap) [best, bestGap] = [f, gap];
    }
    if (!best) continue;
    if (bestGap <= CLOSE_FIGURE) {
      seen.add(p.measure);
      if (isTotal(p.measure) && bestGap <= DATING_TOTAL) dating = true;
      // As rare as the figure is: Gaza's population or the 7 October toll is in every phase of the war.
      const id = corpus.idOf(`f:${p.measure}:${figureBucket(best.value)}`);
      const w = Math.min(FIGURE_EVIDENCE, id === undefined ? FIGURE_EVIDENCE : corpus.weight[id] ?? FIGURE_EVIDENCE);
      evidence += w;
      if (w >= SPECIFIC_WEIGHT) specific += w;
      specificReason.push(w >= SPECIFIC_WEIGHT);
      const words = (f: Figure): string => (/\p{L}/u.test(f.text) ? f.text : formatNumber(f.value));
      values.set(p.value, reasons.length).set(best.value, reasons.length);
      exact.push(bestGap === 0);
      reasons.push(bestGap === 0
        ? p.label ? say('related.figure', { figure: words(p), measure: measureLabel(p.measure, p.label) }) : words(p)
        : say('related.figure-close', { page: words(p), report: words(best) }));
    } else if (isTotal(p.measure) && bestGap > CONTRADICTING_TOTAL && p.qualifier === null) {
      contradicted = true;
    }
  }
  return { evidence, specific, specificReason, reasons, exact, values, contradicted, dating };
}

/** "same day", "2 days apart": how far the page's day is from the report's. */
function dateReason(days: number): string {
  return days === 0 ? say('related.same-day') : say('related.days-apart', { count: days });
}

/** Scores report `r` of the corpus against the page's features, figures and day. */
export function scoreReport(r: number, corpus: LoadedCorpus, page: PageFeatureSet, figures: readonly Figure[], day: PageDay | null, repeats = false): Relatedness {
  if (!(r >= 0 && r < corpus.size)) return { score: 0, sameStory: false, reasons: [], evidence: 0, specific: 0 };
  const shared: { key: string; w: number; display: string }[] = [];
  for (const id of corpus.forward.list(r)) {
    const p = page.get(id);
    if (!p) continue;
    const key = corpus.keyOf(id);
    if (key.startsWith('f:')) continue;
    shared.push({ key, w: (corpus.weight[id] ?? 0) * p.closeness, display: corpus.displayOf(id) });
  }
  // A name's parts and a number's bare value say nothing more than the whole that is shared too.
  const wholes = shared.filter((s) => s.key.startsWith('n:') && s.key.includes(' ')).map((s) => ` ${s.key.slice(2)} `);
  const counted = new Set(shared.filter((s) => s.key.startsWith('q:')).map((s) => s.key.split(':')[1]));
  const deduped = shared.filter((s) =>
    !(s.key.startsWith('p:') && wholes.some((w) => w.includes(` ${s.key.slice(2)} `))) &&
    !(s.key.startsWith('v:') && counted.has(s.key.slice(2))));
  const fig = figureEvidence(figures, corpus.catalogue.figures(r), corpus);
  // A number that is also an agreeing figure counts once, shown in the page's words ("30-day ceasefire").
  const kept = deduped.filter((s) => {
    if (!s.key.startsWith('q:') && !s.key.startsWith('v:')) return true;
    const at = fig.values.get(Number(s.key.split(':')[1]));
    if (at === undefined) return true;
    if (s.key.startsWith('q:') && fig.exact[at]) fig.reasons[at] = s.display;
    return false;
  });
  const evidence = kept.reduce((a, s) => a + s.w, 0) + fig.evidence;
  const content = 1 - Math.exp(-evidence / EVIDENCE_SCALE);
  const reportDay = corpus.days[r] ?? -1;
  const gap = day && reportDay >= 0 ? Math.max(0, Math.abs(day.day - reportDay) - day.tolerance) : null;
  const dateSim = gap === null ? 0.5 : Math.exp(-gap / 7);
  const score = Math.min(1, Math.max(0, content * (0.6 + 0.4 * dateSim)));
  // A growing total far off says the page is from another time, unless the page's own date says it
  // is from the report's days: then the two disagree on one event, the conflict Crosscheck shows.
  const ownDateAgrees = day?.source === 'page' && gap !== null && gap <= SAME_EVENT_DAYS;
  const needed = gap === null
    ? (fig.dating ? MIN_EVIDENCE_FIGURE_DATED : MIN_EVIDENCE_UNDATED)
    : MIN_EVIDENCE_DATED + EVIDENCE_PER_DAY * Math.max(0, gap - 1);
  const required = needed + (repeats && !fig.dating ? REPEAT_EVIDENCE : 0);
  const sameStory = (!fig.contradicted || ownDateAgrees) && (gap === null || gap <= SAME_EVENT_DAYS) && evidence >= required;
  // Reasons and the listing rest on specific things only: the war's own words are no reason.
  const specificKept = kept.filter((s) => s.w >= SPECIFIC_WEIGHT);
  const specific = specificKept.reduce((a, s) => a + s.w, 0) + fig.specific;
  const named = specificKept.filter((s) => !s.key.startsWith('w:')).sort((a, b) => b.w - a.w).map((s) => s.display);
  const words = specificKept.filter((s) => s.key.startsWith('w:')).sort((a, b) => b.w - a.w).map((s) => s.display);
  const figureReasons = fig.reasons.filter((_, i) => fig.specificReason[i]).slice(0, MAX_FIGURE_REASONS);
  const reasons = [...new Set([...figureReasons, ...named, ...words])].slice(0, MAX_REASONS);
  if (gap !== null && gap <= SAME_EVENT_DAYS && day && day.source !== 'anchor') reasons.push(dateReason(Math.abs(day.day - reportDay)));
  return { score: Math.round(score * 1000) / 1000, sameStory, reasons, evidence, specific };
}
