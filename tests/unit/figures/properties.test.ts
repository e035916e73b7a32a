import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/figures/extract-figures';

/** Strings that look like news text: words, numbers, hedges and punctuation in any order. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom('killed', 'at least', 'more than', 'Palestinians', 'soldiers', 'hostages', 'since Oct. 7', 'in the past 24 hours', 'health ministry', 'said', 'half', 'million', 'twenty-one', 'between', 'and', '98th', 'January 24,', '-', '–', '.', ',', '\n', 'Rafah', 'could not verify', 'a', 'the', 'for', 'second', 'thirds', 'a fifth', 'two-thirds', 'of'),
      fc.integer({ min: 0, max: 10_000_000 }).map((n) => n.toLocaleString('en-US')),
      fc.string(),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), newsish);

describe('extractFigures properties', () => {
  it('never throws; offsets slice the reported text; values are finite', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const figures = extractFigures(text);
        let last = -1;
        for (const f of figures) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(Number.isFinite(f.value)).toBe(true);
          if (f.valueMax !== undefined) expect(f.valueMax).toBeGreaterThan(f.value);
          expect(f.sentenceStart).toBeLessThanOrEqual(f.start);
          expect(f.sentenceEnd).toBeGreaterThanOrEqual(f.end);
          expect(f.start).toBeGreaterThanOrEqual(last);
          last = f.start;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never runs a number across a line break (a run found "million \\n million" doing it)', () => {
    for (const text of ['million \n million', 'twenty\none soldiers', 'a\nthousand people', 'two-\nthirds of', '25\nmillion people', '20 -\n30 killed', 'between 20\nand 30 killed']) {
      for (const f of extractFigures(text)) {
        expect(f.text).not.toMatch(/\n/);
        expect(f.sentenceEnd).toBeGreaterThanOrEqual(f.end);
      }
    }
  });

  it('handles right-to-left and mixed scripts', () => {
    const text = 'قالت وزارة الصحة إن 25,490 فلسطينيا قتلوا. ‏שלום 1,200 ‎Gaza: at least 195 killed in the past 24 hours.';
    const figures = extractFigures(text);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(figures.map((f) => f.value)).toEqual(expect.arrayContaining([25490, 1200, 195]));
  });

  it('is bounded on huge and hostile inputs', () => {
    for (const text of ['9'.repeat(5_000_000), '1,'.repeat(1_000_000), `${'a '.repeat(500_000)}`, 'killed 5 '.repeat(200_000)]) {
      const figures = extractFigures(text);
      expect(figures.length).toBeLessThanOrEqual(2000);
    }
  });

  it('returns nothing for non-strings and empty input', () => {
    expect(extractFigures('')).toEqual([]);
    expect(extractFigures(undefined as unknown as string)).toEqual([]);
  });
});
