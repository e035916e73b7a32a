/**
 * The features of a report or a page: {@link textFeatures} plus the topic lexicon's terms and the
 * names table's names in any script or spelling (as names: "Khan Younès", "خان يونس" and "ח'אן
 * יונס" are all "n:khan younis", names.ts), and the extracted figures (as
 * "f:<measure>:<bucket>", a measure at about that value).
 */
import type { Figure } from '../types';
import { canonicalName, fold } from './normalize';
import lexicon from './lexicon-data.json';
import { findNames } from './names';
import { textFeatures, type TextFeatures } from './text-features';

/**
 * Width of a figure bucket: values within 5% of each other share a bucket or sit in adjacent
 * ones. 5% spans a day's rise of a growing toll (25,490 -> 25,700 is 0.8%; 25,105 -> 25,900 is 3%).
 */
export const FIGURE_BUCKET_RATIO = 1.05;

/** The bucket of a figure's value (see {@link FIGURE_BUCKET_RATIO}). */
export function figureBucket(value: number): number {
  return Math.round(Math.log(Math.max(value, 1)) / Math.log(FIGURE_BUCKET_RATIO));
}

/** Features of a text, its lexicon terms, the names table's names and its figures. */
export function featuresOf(text: string, title: string, terms: readonly string[], figures: readonly Figure[]): TextFeatures {
  const out = textFeatures(text, title);
  for (const term of terms) {
    const key = `n:${canonicalName(fold(term))}`;
    if (!out.has(key)) out.set(key, { display: term, count: 1 });
  }
  // A name the text's capitals already gave keeps its wording and takes the larger count: in
  // Arabic and Hebrew (no capitals) and for names written in lower case ("armée israélienne")
  // the table is the only finder.
  for (const found of findNames(`${title}\n${text}`)) {
    const key = `n:${found.id}`;
    const had = out.get(key);
    if (had) had.count = Math.max(had.count, found.count);
    else out.set(key, { display: found.name, count: found.count });
  }
  for (const f of figures) {
    if (!f.measure || !(f.value > 0)) continue;
    const key = `f:${f.measure}:${figureBucket(f.value)}`;
    const had = out.get(key);
    if (had) had.count++;
    else out.set(key, { display: f.text, count: 1 });
  }
  return out;
}

/** Words a reader searches for whatever their weight ("ceasefire", "hostage"…): the heads of lexicon-data.json's synonym groups. */
const ALWAYS_KEPT = new Set(lexicon.synonyms.map((g) => `w:${g[0] ?? ''}`));
/** Content words kept per report, best by tf·idf (idf floored so a report's own frequent words stay): 40 keeps a story's vocabulary (seeds have 150–200 stems) at a fifth of the postings. */
export const MAX_WORDS_PER_REPORT = 40;
/** Names, counts, numbers and figures kept per report: 64 is above every seed (about 50) while bounding a list-like report. */
export const MAX_NAMED_PER_REPORT = 64;

/**
 * Of a report's features, scored and sorted best first, those the index keeps: names, counts,
 * numbers and figures (at most {@link MAX_NAMED_PER_REPORT}), then content words (at most
 * {@link MAX_WORDS_PER_REPORT}, plus the always-kept ones). The bundled index and the reader's
 * library keep a report's features on these same terms.
 */
export function keptFeatures<T extends { key: string }>(scored: readonly T[]): T[] {
  const named = scored.filter((x) => !x.key.startsWith('w:')).slice(0, MAX_NAMED_PER_REPORT);
  const words = scored.filter((x) => x.key.startsWith('w:')).filter((x, i) => i < MAX_WORDS_PER_REPORT || ALWAYS_KEPT.has(x.key));
  return [...named, ...words];
}
