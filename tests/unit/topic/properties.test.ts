import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectTopic, findTerms, quickCheck } from '../../../src/topic/detect-topic';
import { compileLexicon, foldText, LEXICON } from '../../../src/topic/lexicon';
import { article } from './articles';

/** Strings mixing lexicon words with arbitrary text, so the matcher paths are exercised. */
const texty = fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('Gaza', 'Gaza Strip', ' Hamas ', 'Khan Younès', 'Hezbollah', 'Gaza province', '\n\n', '. ', 'IDF', 'غزة')), { maxLength: 30 }).map((p) => p.join(''));

describe('property: topic functions never throw', () => {
  it('detectTopic on any title, text and page type', () => {
    fc.assert(
      fc.property(fc.option(texty), texty, fc.option(fc.string()), (title, text, type) => {
        const r = detectTopic(article(title, [text], type));
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(typeof r.reason).toBe('string');
        if (r.gaza) expect(r.isArticle).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('findTerms and quickCheck on any string', () => {
    fc.assert(
      fc.property(texty, texty, (a, b) => {
        expect(Array.isArray(findTerms(a))).toBe(true);
        expect(typeof quickCheck(a, b)).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('whatever findTerms finds, quickCheck of the same text agrees when a core place is among them', () => {
    fc.assert(
      fc.property(texty, (t) => {
        if (findTerms(t).some((n) => ['Gaza', 'Gaza Strip', 'Hamas', 'Khan Younis'].includes(n))) expect(quickCheck('', t)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: the lexicon scan', () => {
  const fast = compileLexicon(LEXICON);
  const reference = compileLexicon(LEXICON, { lowerCaseFastPath: false });
  /** Every spelling of the lexicon, in any mix of cases, among letters that case-fold unusually. */
  const spellings = [...LEXICON.terms, ...LEXICON.negative].flatMap((t) => [...t.variants, ...(t.exact ?? [])]);
  const casing = fc.tuple(fc.constantFrom(...spellings), fc.array(fc.boolean(), { maxLength: 40 })).map(([s, ups]) =>
    Array.from(s, (c, i) => (ups[i % Math.max(ups.length, 1)] ? c.toUpperCase() : c.toLowerCase())).join(''));
  const text = fc.array(fc.oneof(casing, fc.string({ maxLength: 5 }), fc.constantFrom(' ', '-', "'", 'ſ', 'İ', 'K', 'ΣΑΣ', 'ß', 'ﬁ', '\n')), { maxLength: 25 }).map((p) => p.join(''));

  it('finds the same terms at the same places as the case-insensitive expression', () => {
    fc.assert(
      fc.property(text, (t) => {
        const folded = foldText(t);
        const shape = (hits: ReturnType<typeof fast.scan>): string[] => hits.map((h) => `${h.term.name}@${h.start}-${h.end}`);
        expect(shape(fast.scan(folded))).toEqual(shape(reference.scan(folded)));
      }),
      { numRuns: 3_000 },
    );
  });
});
