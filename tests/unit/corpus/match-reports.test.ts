import { describe, expect, it } from 'vitest';
import { matchReports } from '../../../src/corpus/match-reports';
import { aprilUndated, aprilWithdrawal, augustKhanYounis, decemberUndated, januaryAssault, januaryTollUndated, JANUARY, page, recipe, S2, seedCorpus } from './fixtures';

describe('matchReports on the seeds', () => {
  const corpus = seedCorpus();

  it('puts a January seed first for a dated January page, as the same story', () => {
    const related = matchReports(januaryAssault, corpus);
    expect(JANUARY).toContain(related[0]?.id);
    expect(related[0]?.sameStory).toBe(true);
    expect(related.find((r) => r.id === S2)?.sameStory ?? false).toBe(false);
    expect(related[0]?.reasons).toContain('Khan Younis');
    expect(related[0]?.reasons.some((r) => /day/.test(r))).toBe(true);
  });

  it('puts a January seed first for an undated January page with transliterated names', () => {
    const related = matchReports(januaryTollUndated, corpus);
    expect(JANUARY).toContain(related[0]?.id);
    expect(related[0]?.sameStory).toBe(true);
    expect(related.find((r) => r.id === S2)?.sameStory ?? false).toBe(false);
  });

  it('puts the April seed first for April pages, dated or not', () => {
    for (const p of [aprilWithdrawal, aprilUndated]) {
      const related = matchReports(p, corpus);
      expect(related[0]?.id).toBe(S2);
      expect(related[0]?.sameStory).toBe(true);
      expect(related.filter((r) => r.id !== S2).every((r) => !r.sameStory)).toBe(true);
    }
  });

  it('reads transliterations and typos as the same names', () => {
    const reasons = matchReports(aprilUndated, corpus)[0]?.reasons ?? [];
    expect(reasons).toEqual(expect.arrayContaining(['Khan Younis']));
    expect(reasons.join(' ')).toMatch(/Netzarim|Salaheddin/);
    const typo = page('Khan Yunnis under fire', 'Fighting in Khan Yunnis and near the Netzarim coridor went on, Binyamin Netanyahu said.', '2024-04-07', true);
    expect(matchReports(typo, corpus)[0]?.reasons.join(' ')).toMatch(/Khan Younis/);
  });

  it('does not call another event of the war the same story', () => {
    for (const p of [augustKhanYounis, decemberUndated]) {
      const related = matchReports(p, corpus);
      expect(related.length).toBeGreaterThan(0);
      expect(related.some((r) => r.sameStory)).toBe(false);
    }
  });

  it('gives pages that are not about the war no related reports', () => {
    expect(matchReports(recipe, corpus)).toEqual([]);
    expect(matchReports({ ...januaryAssault, topic: { ...januaryAssault.topic, gaza: false } }, corpus)).toEqual([]);
  });

  it('returns the contract fields with scores in 0..1, most related first', () => {
    const related = matchReports(januaryAssault, corpus, 3);
    expect(related.length).toBeLessThanOrEqual(3);
    for (const r of related) {
      expect(Object.keys(r).sort()).toEqual(['date', 'id', 'publisher', 'reasons', 'sameStory', 'score', 'title', 'url']);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });
});
