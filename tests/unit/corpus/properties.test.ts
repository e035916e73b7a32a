import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchReports, searchCorpus } from '../../../src/corpus/match-reports';
import { pageDay } from '../../../src/corpus/page-dates';
import type { Figure } from '../../../src/types';
import { page, seedCorpus } from './fixtures';

const words = fc.constantFrom('Khan', 'Younis', 'Yunis', 'Rafah', 'Netzarim', 'truce', '25,490', '98th', 'division', 'Hamas', 'Gaza', 'al-Din', '—', '"', '.', '\n\n', 'Binyamin', 'ü', '0', '2024-01-24', 'date');
const text = fc.oneof(fc.string({ maxLength: 300 }), fc.array(words, { maxLength: 60 }).map((w) => w.join(' ')));
const figure = fc.record({ value: fc.double({ min: -1e9, max: 1e12, noNaN: true }), measure: fc.constantFrom(null, 'killed.palestinians.cumulative', 'x') });

describe('matcher properties', () => {
  const corpus = seedCorpus();

  it('matchReports never throws and keeps scores in 0..1', () => {
    fc.assert(fc.property(text, text, fc.option(fc.constantFrom('2024-01-24', '2024-04-07', 'not a date', '1999-13-40')), fc.array(figure, { maxLength: 5 }), (title, body, date, figs) => {
      const p = page(title, body, date ?? null, true);
      const figures = figs.map((f, i) => ({ ...f, text: String(f.value), qualifier: null, label: null, source: null, scope: null, start: i, end: i + 1, sentenceStart: 0, sentenceEnd: 1 }) as Figure);
      const related = matchReports({ ...p, figures: [...p.figures, ...figures] }, corpus, 5);
      expect(related.length).toBeLessThanOrEqual(5);
      for (const r of related) {
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(Array.isArray(r.reasons)).toBe(true);
      }
    }), { numRuns: 200 });
  });

  it('searchCorpus never throws and keeps scores in 0..1', () => {
    fc.assert(fc.property(text, fc.integer({ min: -2, max: 20 }), (q, limit) => {
      const hits = searchCorpus(q, corpus, limit);
      expect(hits.length).toBeLessThanOrEqual(Math.max(0, limit));
      for (const h of hits) expect(h.score >= 0 && h.score <= 1).toBe(true);
    }), { numRuns: 200 });
  });

  it('pageDay never throws', () => {
    fc.assert(fc.property(text, fc.option(fc.string()), (t, d) => {
      const day = pageDay(d ?? null, t);
      if (day) expect(Number.isFinite(day.day)).toBe(true);
    }), { numRuns: 200 });
  });
});
