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

  it('fails loudly when a dependency changed the code it rewrites', () => {
    expect(() => rewriteModule('/x/node_modules/preact/dist/preact.mjs', 'export const x = 1;')).toThrow(/not found/);
  });

  it('leaves other modules alone', () => {
    expect(rewriteModule('/x/src/figures/extract.ts', 'a.innerHTML = b;')).toBeNull();
  });
});
