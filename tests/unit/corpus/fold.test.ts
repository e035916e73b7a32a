import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/corpus/normalize';

/** fold as it was before its ASCII shortcut: every text through the full path. */
const slowFold = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u2010-\u2015]/g, '-');

describe('fold', () => {
  it('folds case, accents, curly quotes, backticks and dashes', () => {
    expect(fold('Khan Younès')).toBe('khan younes');
    expect(fold('Ministry’s')).toBe("ministry's");
    expect(fold('Hamas`s')).toBe("hamas's");
    expect(fold('al‐Shifa')).toBe('al-shifa');
    expect(fold('GAZA')).toBe('gaza');
  });

  it('gives what the full path gives, for plain ASCII and for any text', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 40 });
    fc.assert(fc.property(fc.oneof(ascii, fc.string({ unit: 'grapheme', maxLength: 20 })), (s) => {
      expect(fold(s)).toBe(slowFold(s));
    }), { numRuns: 500 });
  });
});
