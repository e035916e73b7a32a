/**
 * `npx tsx scripts/probe-languages.ts DIR`: how the engine does on real pages in each language.
 * DIR holds one folder per language (DIR/ar, DIR/fr…) of probe pages, each a text file with
 * hand labels in header lines (`# gaza: yes|no`, `# toll: N` when the page states the Gaza
 * ministry's cumulative toll, `# date: YYYY-MM-DD` where known, `# url: …`), then the title line
 * and the text. Probe pages are real pages' text: keep them out of the repository.
 *
 * Prints per language: detection precision, recall and F1 (the page declared in its folder's
 * language, as real pages declare theirs), and, on the pages that state the toll, the share where
 * it was found (a figure of that value read as killed.palestinians.cumulative), checked (that
 * figure carries a reference verdict) and right (the verdict is one the published bulletins allow
 * for the page's date: {@link allowedVerdicts}). A `# qualifier: more than` header gives the
 * toll's hedge where the page has one; without it the hedge read by the engine is used. With
 * `--verbose`, each miss.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { matchArticle } from '../src/analysis/analyze-article';
import { compileCorpus } from '../src/build/corpus/corpus-index';
import { compileReferenceFromDir } from '../src/build/reference/compile-reference';
import { loadCorpus } from '../src/corpus/match-reports';
import { dayNumber } from '../src/base/dates';
import { loadReference, MATCH_WINDOW_DAYS, type ReferenceSeries, type ReferenceVerdict } from '../src/reference/format';
import type { Article } from '../src/types';

/** One probe page with its labels. */
interface Probe { file: string; gaza: boolean; toll: number | null; qualifier: string | null; date: string | null; title: string; text: string }

function readProbe(file: string): Probe {
  const lines = readFileSync(file, 'utf8').split('\n');
  const head = new Map<string, string>();
  while (lines[0]?.startsWith('#')) {
    const m = /^#\s*(\w+):\s*(.*)$/.exec(lines.shift() ?? '');
    if (m) head.set(m[1]!, m[2]!.trim());
  }
  const title = lines.shift() ?? '';
  const toll = head.get('toll');
  return { file, gaza: head.get('gaza') === 'yes', toll: toll ? Number(toll) : null, qualifier: head.get('qualifier') ?? null, date: head.get('date') ?? null, title, text: lines.join('\n').trim() };
}

const LOWER = new Set(['more than', 'at least']);
const UPPER = new Set(['nearly', 'up to', 'less than']);

/**
 * The verdicts the published bulletins allow for a toll of `value` (hedged by `qualifier`) on a
 * page of `date`, by the same rule as the shared evaluator: a bulletin is quoted on its date or up
 * to {@link MATCH_WINDOW_DAYS} days later; a hedged or round figure may be consistent with one.
 */
function allowedVerdicts(value: number, qualifier: string | null, date: string | null, s: ReferenceSeries): ReferenceVerdict[] {
  const points = Array.from(s.days, (d, i) => ({ day: d, value: s.values[i]! }));
  const exact = points.filter((p) => p.value === value).map((p) => p.day);
  const pd = dayNumber(date);
  if (pd < 0) return exact.length ? ['matches', 'consistent', 'stale', 'ahead'] : ['outside', 'unmatched'];
  if (pd < points[0]!.day || pd > points[points.length - 1]!.day + MATCH_WINDOW_DAYS) return ['outside'];
  const lo = pd - MATCH_WINDOW_DAYS;
  if (exact.some((d) => d >= lo && d <= pd)) return qualifier ? ['matches', 'consistent'] : ['matches'];
  let window = points.filter((p) => p.day >= lo && p.day <= pd).map((p) => p.value);
  if (!window.length) window = points.filter((p) => p.day <= pd).slice(-1).map((p) => p.value);
  const within = (w: number, share: number): boolean => Math.abs(w - value) <= value * share;
  const bound = (qualifier !== null && LOWER.has(qualifier) && window.some((w) => w >= value)) ||
    (qualifier !== null && UPPER.has(qualifier) && window.some((w) => w <= value && w >= value * 0.95)) ||
    (qualifier === 'about' && window.some((w) => within(w, 0.05)));
  if (bound) return ['consistent', 'matches'];
  if (!qualifier && value % 100 === 0 && window.some((w) => within(w, 0.03))) return ['consistent', 'unmatched'];
  if (exact.some((d) => d < lo)) return ['stale'];
  if (exact.some((d) => d > pd)) return ['ahead'];
  return ['unmatched'];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  process.stderr.write('usage: npx tsx scripts/probe-languages.ts DIR [--verbose]\n');
  process.exit(2);
}
const reference = loadReference(compileReferenceFromDir());
const corpus = loadCorpus(compileCorpus([]));
const tollSeries = reference.forMeasure('killed.palestinians.cumulative')[0]!;
const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(0)}% (${n}/${d})`);

for (const lang of readdirSync(dir).filter((d) => statSync(join(dir, d)).isDirectory()).sort()) {
  const probes = readdirSync(join(dir, lang)).filter((f) => f.endsWith('.txt')).sort().map((f) => readProbe(join(dir, lang, f)));
  let tp = 0, fp = 0, fn = 0, stated = 0, found = 0, checked = 0, right = 0;
  for (const p of probes) {
    const article = { url: `file://${p.file}`, title: p.title, text: p.text, date: p.date, lang, publisher: null, pageType: 'article', byline: null } as unknown as Article;
    const r = matchArticle(article, corpus, 0, reference);
    if (r.topic.gaza && p.gaza) tp++;
    else if (r.topic.gaza) fp++;
    else if (p.gaza) fn++;
    if (verbose && r.topic.gaza !== p.gaza) process.stdout.write(`  ${lang} ${p.file}: gaza=${r.topic.gaza} (${r.topic.reason})\n`);
    if (p.toll === null) continue;
    stated++;
    const f = r.figures.find((x) => x.value === p.toll && x.measure === 'killed.palestinians.cumulative');
    if (f) found++;
    if (f?.reference) checked++;
    const allowed = allowedVerdicts(p.toll, p.qualifier ?? f?.qualifier ?? null, p.date, tollSeries);
    if (f?.reference && allowed.includes(f.reference.verdict)) right++;
    else if (verbose) {
      const bulletin = p.date ? ` (page of ${p.date})` : ' (undated)';
      process.stdout.write(`  ${lang} ${p.file}: toll ${p.toll} ${f ? `found, verdict ${f.reference?.verdict ?? 'none'}, allowed ${allowed.join('|')}${bulletin}` : `missed (${r.figures.filter((x) => x.value === p.toll).map((x) => x.measure).join(', ') || 'no such figure'})`}\n`);
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  process.stdout.write(`${lang}: ${probes.length} pages (${probes.filter((p) => p.gaza).length} Gaza-war); detection P=${precision.toFixed(2)} R=${recall.toFixed(2)} F1=${f1.toFixed(2)}; toll stated on ${stated}: found ${pct(found, stated)}, checked ${pct(checked, stated)}, right ${pct(right, stated)}\n`);
}
