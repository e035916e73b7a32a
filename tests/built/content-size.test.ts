/**
 * The content script in the built extension, which every page of a news site loads: the engine's
 * other languages (issue 16) may make it at most 10 KB gzip larger than it was before them, and it
 * carries no lexicon and no per-language data (those are the background's, loaded for the
 * languages a page needs); its quick check carries only its keys (src/topic/quick-key-list.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/language/languages';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, '.output');
const BUILDS = { chrome: join(OUT, 'chrome-mv3'), firefox: join(OUT, 'firefox-mv2') };

/**
 * content-scripts/article.js, gzip (Node's zlib, default level), built at 623cd5d, the commit
 * before issue 16's language work began (its parent of 39628df "Language of a page"): the same in
 * both builds. Measured 1 Dec 2026 with `npx wxt build` and `npx wxt build -b firefox`.
 */
const BASELINE_GZIP = 35_383;
/** What issue 16 allows the content script to grow by, gzip. */
const MAX_GROWTH_GZIP = 10 * 1024;

/** The data files that must stay out of the content script, by path. */
const DATA_FILES = [
  'src/topic/lexicon.json',
  ...LANGUAGES.filter((l) => l !== 'en').map((l) => `src/topic/lexicons/${l}.json`),
  ...LANGUAGES.map((l) => `src/figures/numbers/${l}.json`),
  ...LANGUAGES.filter((l) => l !== 'en').map((l) => `src/figures/cues/${l}.json`),
];

/** A string only the bundled file would carry: the start of its `$comment`. */
function marker(path: string): string {
  const data = JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { $comment?: string };
  return (data.$comment ?? '').slice(0, 40);
}

describe.each(Object.entries(BUILDS))('the %s build: the content script', (browser, dir) => {
  const content = readFileSync(join(dir, 'content-scripts', 'article.js'));

  it(`grows by at most 10 KB gzip over ${BASELINE_GZIP} bytes before the other languages`, () => {
    const gzip = gzipSync(content).length;
    console.log(`${browser} content script: ${content.length} bytes, ${gzip} bytes gzip (${gzip - BASELINE_GZIP >= 0 ? '+' : ''}${gzip - BASELINE_GZIP} against ${BASELINE_GZIP})`);
    expect(gzip).toBeLessThanOrEqual(BASELINE_GZIP + MAX_GROWTH_GZIP);
  });

  it.each(DATA_FILES)('carries nothing of %s', (path) => {
    const m = marker(path);
    expect(m.length, `${path} has a $comment to look for`).toBeGreaterThan(20);
    expect(content.toString('utf8')).not.toContain(m);
  });

  it('carries the quick check\'s keys in every language', () => {
    const text = content.toString('utf8');
    for (const key of ['gaza', 'غزة', 'עזה', 'chan junis', 'armee israelienne', 'ejercito israeli']) expect(text, key).toContain(key);
  });
});
