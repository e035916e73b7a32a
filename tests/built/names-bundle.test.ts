/**
 * The names table (src/corpus/names.json) in the built extension: in the background, which matches
 * pages, and nowhere in the content script (the in-page time budget and size cap, issue 16 point 4).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUT = join(import.meta.dirname, '..', '..', '.output');
const BUILDS = { chrome: join(OUT, 'chrome-mv3'), firefox: join(OUT, 'firefox-mv2') };
/** Spellings only the names table carries. */
const MARKERS = ['Chan Junis', 'Dschabalia', 'UN-Nothilfebüro', 'Yahya Sinouar'];

describe.each(Object.entries(BUILDS))('the %s build: names table', (_browser, dir) => {
  it('is in the background and not in the content script', () => {
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    const content = readFileSync(join(dir, 'content-scripts', 'article.js'), 'utf8');
    for (const marker of MARKERS) {
      expect(background, marker).toContain(marker);
      expect(content, marker).not.toContain(marker);
    }
  });
});
