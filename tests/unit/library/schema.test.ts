/** Reading stored entries: validation, versions, and the upgrade of entries of an older schema. */
import { describe, expect, it } from 'vitest';
import { ENTRY_UPGRADES, ENTRY_VERSION, readEntry } from '../../../src/platform/library-schema';
import { entry, realEntry } from './entries';

describe('readEntry', () => {
  it('reads a valid entry as it is', () => {
    const e = realEntry();
    expect(readEntry(e)).toEqual({ ok: true, entry: e });
    expect(readEntry(JSON.parse(JSON.stringify(e)))).toEqual({ ok: true, entry: e });
  });

  it.each([
    [null, 'not an object'],
    ['text', 'not an object'],
    [[1, 2], 'not an object'],
    [{ url: 'https://a.example/' }, 'no schema version'],
    [{ ...entry('https://a.example/', 1), v: 0 }, 'no schema version'],
    [{ ...entry('https://a.example/', 1), v: 1.5 }, 'no schema version'],
    [{ ...entry('https://a.example/', 1), v: ENTRY_VERSION + 1 }, `written by a newer version of Crosscheck (schema ${ENTRY_VERSION + 1})`],
  ])('refuses %j: %s', (raw, reason) => {
    expect(readEntry(raw)).toEqual({ ok: false, reason });
  });

  it.each([
    ['url', { url: 'not a url' }, /^url: /],
    ['date', { date: '24 Jan 2024' }, /^date: /],
    ['keptAt', { keptAt: Number.NaN }, /^keptAt: /],
    ['figure value', { figures: [{ ...entry('https://a.example/', 1).figures[0], value: Infinity }] }, /^figures\.0\.value: /],
    ['figure sentence', { figures: [{ ...entry('https://a.example/', 1).figures[0], sentence: 3 }] }, /figure points past the sentences/],
    ['feature', { features: [['n:rafah', 'Rafah', -1]] }, /^features\.0\.2: /],
    ['string length', { title: 'x'.repeat(5_001) }, /^title: /],
    ['flag', { figures: [{ ...entry('https://a.example/', 1).figures[0], claim: false }] }, /^figures\.0\.claim: /],
  ])('refuses a bad %s, saying where', (_what, change, reason) => {
    const read = readEntry({ ...entry('https://a.example/', 1), ...change });
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.reason).toMatch(reason);
  });

  it('has no upgrades yet: version 1 is the first schema', () => {
    expect(ENTRY_VERSION).toBe(1);
    expect(Object.keys(ENTRY_UPGRADES)).toEqual([]);
  });

  // The upgrade loop, exercised with imagined versions 2 and 3 (2 renames `lang` to `language`, 3
  // renames it back, so the result is of today's shape): how a later schema change will be
  // written, and proof that steps chain and nothing of the old entry is lost.
  describe('upgrading an entry of an older schema', () => {
    const steps = {
      1: ({ lang, ...rest }: Record<string, unknown>) => ({ ...rest, v: 2, language: lang }),
      2: ({ language, ...rest }: Record<string, unknown>) => ({ ...rest, v: 3, lang: language }),
    };

    it('runs each step from the stored version up to the current one, keeping every field', () => {
      const e = realEntry();
      expect(readEntry(e, steps, 3)).toEqual({ ok: true, entry: { ...e, v: 3 } });
      const v2 = steps[1](e as unknown as Record<string, unknown>);
      expect(readEntry(v2, steps, 3)).toEqual({ ok: true, entry: { ...e, v: 3 } });
      expect(readEntry(v2)).toEqual({ ok: false, reason: 'written by a newer version of Crosscheck (schema 2)' });
    });

    it('reports a missing step, a step that throws, and a step that ends at the wrong version', () => {
      expect(readEntry(entry('https://a.example/', 1), {}, 2)).toEqual({ ok: false, reason: 'no upgrade from schema 1' });
      expect(readEntry(entry('https://a.example/', 1), { 1: () => { throw new Error('boom'); } }, 2)).toEqual({ ok: false, reason: 'upgrade failed: boom' });
      expect(readEntry(entry('https://a.example/', 1), { 1: (r) => ({ ...r, v: 3 }) }, 2)).toEqual({ ok: false, reason: 'upgrade ended at schema 3, not 2' });
    });
  });
});
