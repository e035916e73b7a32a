import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeriesSpec } from '../../../src/build/reference/compile-reference';
import { REF, SHARED } from './support';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

describe('the vendored reference data (data/reference/)', () => {
  it('holds every dataset series.json names, with the licences and documentation beside them', () => {
    for (const d of readSeriesSpec().datasets) expect(existsSync(join(REF, d.file)), d.file).toBe(true);
    for (const f of ['PROVENANCE.md', 'techforpalestine/LICENSE', 'techforpalestine/casualties-daily.mdx', 'techforpalestine/casualties-daily-west-bank.mdx', '360info/LICENCE.md', '360info/data-README.md']) {
      expect(existsSync(join(REF, f)), f).toBe(true);
    }
  });

  it.skipIf(!existsSync(SHARED))('is a byte-for-byte copy of ../shared/reference-data', () => {
    const originals = files(SHARED);
    expect(originals.length).toBeGreaterThanOrEqual(8);
    for (const f of originals) {
      const rel = relative(SHARED, f);
      expect(readFileSync(join(REF, rel)).equals(readFileSync(f)), rel).toBe(true);
    }
  });
});
