/**
 * foldWithMap (src/figures/language-cues.ts) folds each character through a table kept by code
 * unit: the same folded text and offset maps as folding every character with foldChar, on any
 * text, Arabic, Hebrew and accented Latin with their marks included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldChar, foldWithMap } from '../../../src/figures/language-cues';

/** The fold written plainly, character by character: what foldWithMap must equal. */
function reference(s: string): { folded: string; toOriginal: number[]; toFolded: number[] } {
  const out: string[] = [];
  const toOriginal: number[] = [];
  const toFolded: number[] = [];
  for (let i = 0; i < s.length; i++) {
    toFolded.push(out.length);
    const f = foldChar(s[i]!);
    if (f === '') continue;
    out.push(f);
    toOriginal.push(i);
  }
  toFolded.push(out.length);
  toOriginal.push(s.length);
  return { folded: out.join(''), toOriginal, toFolded };
}

const CHARS = [...'aZéÉçœ’‘—–-ـىةإأآشهيدًٌٍَُِّْٰעזּהַשָׁ׳״ 0٠۰٬٫\u00a0\u202f\u200f\n🙂İſ'];

describe('foldWithMap', () => {
  it('folds as foldChar does, character by character, with the same offsets both ways', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 })), (s) => {
      const got = foldWithMap(s);
      const want = reference(s);
      expect(got.folded).toBe(want.folded);
      expect([...got.toOriginal]).toEqual(want.toOriginal);
      expect([...got.toFolded]).toEqual(want.toFolded);
      expect(got.original).toBe(s);
    }), { numRuns: 500 });
  });

  it('reads the marks off Arabic and Hebrew and keeps the way back', () => {
    const t = foldWithMap('الشُّهَداء في غزّة');
    expect(t.folded).toBe('الشهداء في غزه');
    expect(t.original.slice(t.toOriginal[t.folded.indexOf('غزه')]!)).toBe('غزّة');
  });
});
