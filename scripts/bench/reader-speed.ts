/**
 * `npx tsx scripts/bench/reader-speed.ts`: the figure reader alone on the bench's 10,000-word
 * articles in English, Arabic and French (scripts/bench/language-pages.ts), in one process:
 * extractFigures for English, extractFiguresIn for the others, with the number reader
 * (findNumbers) and the cue fold (foldWithMap) beside them. Warm medians of 41 runs, the least of
 * five rounds (the machine is shared), and each language's ratio to English. Printed, never asserted.
 */
import { readArticle } from '../../src/article/read-article';
import { extractFigures } from '../../src/figures/extract-figures';
import { extractFiguresIn } from '../../src/figures/extract-figures-lang';
import { foldWithMap } from '../../src/figures/language-cues';
import { findNumbers } from '../../src/figures/numbers/find-numbers';
import type { Lang } from '../../src/language/languages';
import { longArticle } from '../../tests/e2e/support/generated-pages';
import { parseHtml } from '../lib/dom';
import { languageArticle } from './language-pages';
import { ms, quantile, table } from './stats';

const WORDS = 10_000;
const LANGS = ['en', 'ar', 'fr'] as const satisfies readonly Lang[];
type BenchLang = (typeof LANGS)[number];
const text = new Map(LANGS.map((l) => [l, readArticle(parseHtml(l === 'en' ? longArticle(WORDS) : languageArticle(l, WORDS)), { url: `https://www.reuters.com/bench/${l}.html` }).text]));

function median(run: () => unknown): number {
  const xs: number[] = [];
  for (let i = 0; i < 41; i++) {
    const t0 = performance.now();
    run();
    xs.push(performance.now() - t0);
  }
  return quantile(xs, 0.5);
}

const reader = (l: BenchLang) => (): unknown => (l === 'en' ? extractFigures(text.get(l)!) : extractFiguresIn(text.get(l)!, l));
for (const l of LANGS) reader(l)();
const best = new Map<BenchLang, number[]>();
for (let round = 0; round < 5; round++) {
  for (const l of LANGS) {
    const t = [median(reader(l)), median(() => findNumbers(text.get(l)!, l)), median(() => foldWithMap(text.get(l)!))];
    best.set(l, (best.get(l) ?? t).map((v, i) => Math.min(v, t[i]!)));
  }
}
const en = best.get('en')![0]!;
console.log(table(['page', 'text chars', 'reader', '× English', 'findNumbers', 'foldWithMap'],
  LANGS.map((l) => { const [r, f, fold] = best.get(l)!; return [l, String(text.get(l)!.length), ms(r!), (r! / en).toFixed(1), ms(f!), ms(fold!)]; })));
