import { describe, expect, it } from 'vitest';
import { searchCorpus } from '../../../src/corpus/match-reports';
import { JANUARY, S2, seedCorpus } from './fixtures';

describe('searchCorpus', () => {
  const corpus = seedCorpus();
  const ids = (q: string) => searchCorpus(q, corpus).map((h) => h.id);

  it('"khan yunis truce" finds the January reports first', () => {
    expect(new Set(ids('khan yunis truce').slice(0, 2))).toEqual(new Set(JANUARY));
  });

  it('"netzarim" finds the April report, also misspelt', () => {
    expect(ids('netzarim')[0]).toBe(S2);
    expect(ids('Netzarin')[0]).toBe(S2);
    expect(ids('salah al-din street')[0]).toBe(S2);
  });

  it('returns nothing for nothing', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('qwxzv')).toEqual([]);
    expect(searchCorpus('gaza', corpus, 0)).toEqual([]);
  });

  it('scores hits in 0..1, best first', () => {
    const hits = searchCorpus('khan younis ceasefire hostages', corpus);
    expect(hits.length).toBeGreaterThan(0);
    hits.forEach((h, i) => {
      expect(h.score).toBeGreaterThanOrEqual(0);
      expect(h.score).toBeLessThanOrEqual(1);
      if (i > 0) expect(h.score).toBeLessThanOrEqual(hits[i - 1]?.score ?? 1);
    });
  });
});
