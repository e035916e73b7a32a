/**
 * House conventions, checked: data files parse and have no duplicates; the engine never calls the
 * browser; no code turns strings into HTML. (Import layering: conventions/layering-lint.test.ts.)
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { NEWS_DOMAINS, NEWS_MATCHES } from '../../src/sites/news-sites';

const ROOT = join(import.meta.dirname, '..', '..');

function files(dir: string, ext = /\.(ts|tsx)$/): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(ROOT, dir, name);
    if (statSync(path).isDirectory()) return files(relative(ROOT, path), ext);
    return ext.test(name) ? [relative(ROOT, path)] : [];
  });
}

describe('the news-site list', () => {
  it('has at least 40 unique domains, including those the product promises', () => {
    expect(NEWS_DOMAINS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(NEWS_DOMAINS).size).toBe(NEWS_DOMAINS.length);
    for (const d of ['reuters.com', 'apnews.com', 'bbc.com', 'bbc.co.uk', 'theguardian.com', 'aljazeera.com', 'itv.com', 'irishtimes.com', 'arnnewscentre.ae', 'news.sky.com', 'aa.com.tr']) {
      expect(NEWS_DOMAINS).toContain(d);
    }
    for (const d of NEWS_DOMAINS) expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('matches a domain and its subdomains, and nothing else', () => {
    expect(NEWS_MATCHES).toContain('*://*.reuters.com/*');
    // The manifest's own patterns, as the browser reads them.
    const patterns = NEWS_MATCHES.map((p) => new MatchPattern(p));
    const matches = (url: string): boolean => patterns.some((p) => p.includes(url));
    expect(matches('https://www.reuters.com/world/x')).toBe(true);
    expect(matches('https://reuters.com/world/x')).toBe(true);
    expect(matches('http://www.reuters.com:8080/world/x')).toBe(true);
    expect(matches('https://notreuters.com/world/x')).toBe(false);
    expect(matches('https://reuters.com.evil.test/world/x')).toBe(false);
  });
});

describe('data files', () => {
  it('every JSON file under src/ and seeds/ parses', () => {
    const json = [...files('src', /\.json$/), ...files('seeds', /\.json$/)];
    expect(json.length).toBeGreaterThan(2);
    for (const f of json) expect(() => JSON.parse(readFileSync(join(ROOT, f), 'utf8')), f).not.toThrow();
  });
});

describe('layering', () => {
  // Which file may import which is checked by ESLint on resolved paths, every spelling included;
  // conventions/layering-lint.test.ts tests that guard. This is a plain-text backstop for calls.
  const engine = ['article', 'topic', 'figures', 'language', 'corpus', 'reference', 'compare', 'analysis', 'sites', 'base', 'wording']
    .filter((d) => existsSync(join(ROOT, 'src', d)))
    .flatMap((d) => files(`src/${d}`));

  it('no engine file calls the browser', () => {
    expect(engine.length).toBeGreaterThan(5);
    for (const f of engine) {
      const code = readFileSync(join(ROOT, f), 'utf8');
      expect(code, f).not.toMatch(/\b(browser|chrome)\.(runtime|tabs|storage|action|permissions|scripting)\b/);
    }
  });

  it('no code under src/ or entrypoints/ writes HTML from strings', () => {
    for (const f of [...files('src'), ...files('entrypoints')]) {
      const code = readFileSync(join(ROOT, f), 'utf8');
      expect(code, f).not.toMatch(/\.(innerHTML|outerHTML)\s*=[^=]|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/);
    }
  });
});
