/**
 * Robustness on real pages: the 130 pages of Mozilla Readability's test suite, read from
 * ../shared/readability-pages at test time (not copied into the project). Every page must read
 * without an exception, and none is about the Gaza war (two mention Gaza only in passing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/dom';
import { readArticle } from '../../../src/article/read-article';
import { detectTopic } from '../../../src/topic/detect-topic';

const DIR = new URL('../../../../shared/readability-pages/', import.meta.url);
const present = existsSync(DIR);
if (!present) {
  console.warn(`\n!!! SKIPPED: ${DIR.pathname} is absent, so the reader was NOT checked on the 130 real pages !!!\n`);
}

describe.skipIf(!present)('the Readability test pages', () => {
  it('all read without error, and none is a Gaza-war article', () => {
    const names = readdirSync(DIR).filter((n) => existsSync(new URL(`${n}/source.html`, DIR)));
    expect(names.length).toBeGreaterThanOrEqual(130);
    const gaza: string[] = [];
    for (const name of names) {
      const html = readFileSync(new URL(`${name}/source.html`, DIR), 'utf8');
      const article = readArticle(parseHtml(html), { url: `https://example.org/${name}` });
      expect(typeof article.text, name).toBe('string');
      const topic = detectTopic(article);
      if (topic.gaza) gaza.push(`${name}: ${topic.reason}`);
    }
    expect(gaza).toEqual([]);
  });
});
