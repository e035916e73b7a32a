import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { rewriteModule } from '../../../scripts/lib/no-inner-html-plugin';

const require = createRequire(import.meta.url);
const ASSIGNMENT = /\.innerHTML\s*=[^=]/;

describe('the no-inner-html rewrite', () => {
  for (const id of [require.resolve('@mozilla/readability/Readability.js'), require.resolve('preact').replace(/preact\.js$/, 'preact.mjs')]) {
    it(`leaves no innerHTML assignment in ${id.split('node_modules/')[1]}`, () => {
      const code = readFileSync(id, 'utf8');
      expect(ASSIGNMENT.test(code)).toBe(true);
      const out = rewriteModule(id, code);
      expect(out).not.toBeNull();
      expect(ASSIGNMENT.test(out ?? '')).toBe(false);
    });
  }

  it('keeps Readability from serializing the article for a debug log that is off', () => {
    const id = require.resolve('@mozilla/readability/Readability.js');
    const out = rewriteModule(id, readFileSync(id, 'utf8')) ?? '';
    // Upstream serializes the article for this log line unconditionally; after the rewrite, only with debugging on.
    expect(out).not.toMatch(/^\s*this\.log\("Grabbed: "/m);
    expect(out).toContain('if (this._debug) this.log("Grabbed: "');
  });

  it("builds an element's text for Readability's byline check only when its names say byline", async () => {
    const { Readability } = await import('../support/readability-entry');
    const check = (Readability as { prototype: { _isValidByline(node: unknown, match: string): boolean } }).prototype._isValidByline;
    const reads: string[] = [];
    const node = (text: string, attrs: Record<string, string> = {}): unknown => ({
      getAttribute: (name: string) => attrs[name] ?? null,
      get textContent() {
        reads.push(text);
        return text;
      },
    });
    const self = { REGEXPS: { byline: /byline|author|dateline|writtenby|p-author/i } };
    expect(check.call(self, node('The whole story, thousands of words long'), 'story-body main')).toBe(false);
    expect(reads).toEqual([]);
    expect(check.call(self, node('By Jane Doe'), 'article-byline')).toBe(true);
    expect(check.call(self, node('By Jane Doe', { rel: 'author' }), '')).toBe(true);
    expect(check.call(self, node('By Jane Doe', { itemprop: 'author' }), '')).toBe(true);
    expect(check.call(self, node('x'.repeat(99)), 'byline')).toBe(true);
    expect(check.call(self, node('x'.repeat(100)), 'byline')).toBe(false);
    expect(check.call(self, node('   '), 'byline')).toBe(false);
  });

  it('fails loudly when a dependency changed the code it rewrites', () => {
    expect(() => rewriteModule('/x/node_modules/preact/dist/preact.mjs', 'export const x = 1;')).toThrow(/not found/);
  });

  it('leaves other modules alone', () => {
    expect(rewriteModule('/x/src/figures/extract.ts', 'a.innerHTML = b;')).toBeNull();
  });
});
