/**
 * Fuzzing the engine with fast-check: no exception, offsets always inside the text, values always
 * finite. `npm run fuzz` sets FUZZ_RUNS=32000: 32,000 cases for each string property and a fifth
 * of that for the page reader (each case parses a whole page), 102,400 in all. `npm test` runs
 * 200 per property (40 for the reader). FUZZ_SEED replays a run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { readArticle, readPlainText } from '../../src/article/read-article';
import { detectTopic } from '../../src/topic/detect-topic';
import { extractFigures } from '../../src/figures/extract-figures';
import { compareFigures } from '../../src/compare/compare-figures';
import { anyDate, anyHtml, anyText, newsText } from './generators';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const opts = { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined };

describe(`fuzzing the engine (${RUNS} cases per property)`, () => {
  it('the page reader gives an article for any HTML, with updates inside its text', () => {
    fc.assert(fc.property(anyHtml, (html) => {
      const a = readArticle(parseHtml(html), { url: 'https://www.reuters.com/world/x' });
      expect(typeof a.text).toBe('string');
      expect(a.text.length).toBeLessThanOrEqual(a.fullLength);
      for (const u of a.updates) expect(u.start >= 0 && u.start <= u.end && u.end <= a.text.length).toBe(true);
    }), { ...opts, numRuns: Math.max(1, Math.round(RUNS / 5)) });
  });

  it('the topic detector gives a score in 0..1 for any text', () => {
    fc.assert(fc.property(anyText, anyText, (title, body) => {
      const t = detectTopic({ ...readPlainText(body), title });
      expect(t.score).toBeGreaterThanOrEqual(0);
      expect(t.score).toBeLessThanOrEqual(1);
      expect(Array.isArray(t.terms)).toBe(true);
    }), opts);
  });

  it('every figure slices its own text, inside its sentence, with finite values', () => {
    fc.assert(fc.property(anyText, (text) => {
      for (const f of extractFigures(text)) {
        expect(text.slice(f.start, f.end)).toBe(f.text);
        expect(f.sentenceStart <= f.start && f.end <= f.sentenceEnd && f.sentenceEnd <= text.length).toBe(true);
        expect(Number.isFinite(f.value)).toBe(true);
        if (f.valueMax !== undefined) expect(Number.isFinite(f.valueMax)).toBe(true);
      }
    }), opts);
  });

  it('the comparison classifies any figures without throwing, with finite changes', () => {
    fc.assert(fc.property(newsText, anyDate, newsText, anyDate, (pageText, pageDate, reportText, reportDate) => {
      const page = { id: null, publisher: 'P', date: pageDate, text: pageText, figures: extractFigures(pageText) };
      const report = { id: 'r', publisher: 'R', date: reportDate, text: reportText, figures: extractFigures(reportText) };
      for (const a of compareFigures(page, [report])) {
        expect(['agrees', 'update', 'conflict']).toContain(a.kind);
        expect(Number.isFinite(a.page.value)).toBe(true);
        if (a.change !== undefined) expect(Number.isFinite(a.change)).toBe(true);
        for (const o of a.others) expect(Number.isFinite(o.value)).toBe(true);
      }
    }), opts);
  });
});
