/**
 * The official series in the built extension: they may add at most 60 KB gzip to the background
 * and nothing to the content script (the in-page time budget). The series' share of the
 * background is measured directly: the background's gzip size with and without the compiled
 * series' JSON literal, so the check holds however the rest of the background grows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const OUT = join(import.meta.dirname, '..', '..', '.output');
const BUILDS = { chrome: join(OUT, 'chrome-mv3'), firefox: join(OUT, 'firefox-mv2') };
/** The cap the series have on the background, gzip (issue: official counts, speed and size). */
const MAX_SERIES_GZIP = 60 * 1024;
/** Strings only the compiled series carry: their ids and a dataset's file name. */
const SERIES_MARKERS = ['gaza-moh-killed-period', 'westbank-ocha-killed', 'idf-soldiers-killed', 'casualties_daily.json'];

/** The `JSON.parse("…")` string literal of the compiled series in a bundle, or null. */
function seriesLiteral(code: string): string | null {
  for (const m of code.matchAll(/JSON\.parse\((["'`])(?:\\[\s\S]|(?!\1)[^\\])*\1\)/g)) {
    if (m[0].includes('gaza-moh-killed-period') && /\\?"days\\?":\[/.test(m[0])) return m[0];
  }
  return null;
}

describe.each(Object.entries(BUILDS))('the %s build: official series', (_browser, dir) => {
  const background = readFileSync(join(dir, 'background.js'), 'utf8');
  const content = readFileSync(join(dir, 'content-scripts', 'article.js'), 'utf8');

  it('the content script carries none of the series', () => {
    for (const marker of SERIES_MARKERS) expect(content, marker).not.toContain(marker);
  });

  it('the series add at most 60 KB gzip to the background', () => {
    const literal = seriesLiteral(background);
    const total = gzipSync(background).length;
    const without = literal === null ? total : gzipSync(background.replace(literal, 'null')).length;
    console.log(`${_browser} background: ${total} bytes gzip, of which the series ${total - without}${literal === null ? ' (not bundled here)' : ''}`);
    expect(total - without).toBeLessThanOrEqual(MAX_SERIES_GZIP);
  });
});
