/**
 * The features of a report or a page: {@link textFeatures} plus the topic lexicon's terms (as
 * names) and the extracted figures (as "f:<measure>:<bucket>", a measure at about that value).
 */
import type { Figure } from '../types';
import { canonicalName, fold } from './normalize';
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

/** Features of a text, its lexicon terms and its figures. */
export function featuresOf(text: string, title: string, terms: readonly string[], figures: readonly Figure[]): TextFeatures {
  const out = textFeatures(text, title);
  for (const term of terms) {
    const key = `n:${canonicalName(fold(term))}`;
    if (!out.has(key)) out.set(key, { display: term, count: 1 });
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
