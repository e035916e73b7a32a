import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUP_CORE_SHARE, groupPostings } from '../../../src/build/corpus/group-postings';
import { bestMembers, groupCandidates, MEMBERS_PER_GROUP, MIN_SCAN_ENTRIES, MIN_SCORED } from '../../../src/corpus/group-candidates';
import type { LoadedCorpus } from '../../../src/corpus/load-corpus';
import { unpackLists } from '../../../src/corpus/packed-ids';
import type { PageDay } from '../../../src/corpus/page-dates';
import { ReportGroups } from '../../../src/corpus/report-groups';
import type { PageFeatureSet } from '../../../src/corpus/score-related';

/** The grouped index of reports' feature lists, loaded. */
function grouped(lists: number[][], groupOf: number[], features: number): ReportGroups {
  const packed = groupPostings(lists, Int32Array.from(groupOf), features);
  return new ReportGroups({ ...JSON.parse(JSON.stringify(packed)) as typeof packed, features, reports: lists.length });
}

/** Just what the candidate walk reads of a corpus: groups, weights (1 each) and days. */
function fakeCorpus(lists: number[][], groupOf: number[], features: number, days?: number[]): LoadedCorpus {
  const groups = grouped(lists, groupOf, features);
  return { size: lists.length, groups, weight: new Float32Array(features).fill(1), days: Int32Array.from(days ?? lists.map(() => -1)) } as unknown as LoadedCorpus;
}
const page = (ids: number[]): PageFeatureSet => new Map(ids.map((id) => [id, { closeness: 1, display: String(id) }]));
const dated = (day: number): PageDay => ({ day, tolerance: 0, source: 'page' });

describe('groupPostings', () => {
  it(`posts a feature most members carry for the group, with the members lacking it; one fewer than a strict majority (${GROUP_CORE_SHARE}) per report`, () => {
    // Group 0 is reports 0-2; group 1 is reports 3-4.
    const lists = [[0, 1], [0, 1, 2], [0], [3], [4]];
    const packed = groupPostings(lists, Int32Array.from([0, 0, 0, 1, 1]), 5);
    const lists3 = (p: { data: string }): number[][] => {
      const { ids, offsets } = unpackLists(p.data, 5);
      return Array.from({ length: 5 }, (_x, f) => Array.from(ids.subarray(offsets[f], offsets[f + 1])));
    };
    expect(lists3(packed.postings.groups)).toEqual([[0], [0], [], [], []]);
    expect(lists3(packed.postings.missing)).toEqual([[], [2], [], [], []]);
    // 1 of 3 and 1 of 2 (exactly half) are not a strict majority: posted per report.
    expect(lists3(packed.postings.reports)).toEqual([[], [], [1], [3], [4]]);
  });
  it('gives back, feature by feature, the reports a report-by-report index holds', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 8 }), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 30 }),
      (rows) => {
        // Group numbers by first appearance, as nearDuplicateGroups numbers them.
        const seen = new Map<number, number>();
        const groupOf = rows.map(([, g]) => seen.get(g) ?? (seen.set(g, seen.size), seen.size - 1));
        const lists = rows.map(([l]) => l);
        const groups = grouped(lists, groupOf, 12);
        for (let f = 0; f < 12; f++) {
          const want = lists.flatMap((l, r) => (l.includes(f) ? [r] : []));
          expect(Array.from(groups.reportsOf(f))).toEqual(want);
          expect(groups.frequency(f)).toBe(want.length);
        }
        groupOf.forEach((g, r) => expect(groups.of[r]).toBe(g));
      }), { numRuns: 200 });
  });
});

describe('groupCandidates', () => {
  // Group 0: reports 0-3, copies on days 10, 11, 20, 30 (report 2 carries the page's figure, feature 3).
  // Group 1: report 4 alone. Group 2: reports 5-6.
  const lists = [[0, 1], [0, 1], [0, 1, 3], [0, 1], [0], [1], [1]];
  const groupOf = [0, 0, 0, 0, 1, 2, 2];
  const corpus = fakeCorpus(lists, groupOf, 4, [10, 11, 20, 30, 5, 5, 5]);
  it(`scores MEMBERS_PER_GROUP (${MEMBERS_PER_GROUP}) members of the best group, its own figures first, then by date; one of each other group`, () => {
    const found = groupCandidates(page([0, 1, 3]), corpus, 48, 0.05, dated(29));
    expect(found).toEqual([2, 3, 4, 5]);
    expect(found.filter((r) => groupOf[r] === 0)).toHaveLength(MEMBERS_PER_GROUP);
  });
  it('takes the members nearest the page date when none has features of its own, and report order without a date', () => {
    expect(groupCandidates(page([0, 1]), corpus, 48, 0.05, dated(10))).toEqual([0, 1, 4, 5]);
    expect(groupCandidates(page([0, 1]), corpus, 48, 0.05, null)).toEqual([0, 1, 4, 5]);
  });
  it('stops at the count asked, and gives the same answer twice (its scratch space is cleared)', () => {
    expect(groupCandidates(page([0, 1]), corpus, 3, 0.05, null)).toEqual([0, 1, 4]);
    expect(groupCandidates(page([0, 1]), corpus, 3, 0.05, null)).toEqual([0, 1, 4]);
  });
  it('subtracts what a member lacks: a copy without the shared feature ranks below its group', () => {
    const c = fakeCorpus([[0, 1], [0, 1], [0]], [0, 0, 0], 2);
    expect(groupCandidates(page([0, 1]), c, 48, 0.05, null)).toEqual([0, 1]);
    expect(bestMembers(c.groups.members(0), Float32Array.from([0, 0, -1]), c.days, null, 3)).toEqual([0, 1, 2]);
  });
});

describe('the walk cap (MIN_SCAN_ENTRIES, maxShare)', () => {
  const singletons = (n: number): LoadedCorpus => fakeCorpus(Array.from({ length: n }, (_x, r) => (r === 0 ? [0, 1] : [0])), Array.from({ length: n }, (_x, r) => r), 2);
  it(`walks a feature of MIN_SCAN_ENTRIES (${MIN_SCAN_ENTRIES}) entries, not one of one more`, () => {
    expect(groupCandidates(page([0]), singletons(MIN_SCAN_ENTRIES), 3, 0.05, null)).toEqual([0, 1, 2]);
    expect(groupCandidates(page([0]), singletons(MIN_SCAN_ENTRIES + 1), 3, 0.05, null)).toEqual([]);
  });
  it('walks a feature posted for maxShare of the groups, not one posted for more', () => {
    // 300 groups: 0.8 of them is 240 entries. 240 reports carry feature 0 in one corpus, 241 in the other.
    const corpus = (carriers: number): LoadedCorpus => fakeCorpus(Array.from({ length: 300 }, (_x, r) => (r < carriers ? [0] : [1])), Array.from({ length: 300 }, (_x, r) => r), 2);
    expect(groupCandidates(page([0]), corpus(240), 2, 0.8, null)).toEqual([0, 1]);
    expect(groupCandidates(page([0]), corpus(241), 2, 0.8, null)).toEqual([]);
  });
});

describe('MIN_SCORED: a group counts for all its copies', () => {
  /** `groups` groups of `size` copies each, all carrying feature 0. */
  const copies = (groups: number, size: number): LoadedCorpus => fakeCorpus(
    Array.from({ length: groups * size }, () => [0]), Array.from({ length: groups * size }, (_x, r) => Math.floor(r / size)), 1);
  it(`stops at MIN_SCORED (${MIN_SCORED}) reports once the groups taken hold the count asked`, () => {
    // Groups of 4: 15 groups hold 60 reports, past 48, when the 16th report is taken.
    expect(groupCandidates(page([0]), copies(40, 4), 48, 0.9, null)).toHaveLength(MIN_SCORED);
  });
  it('goes on past MIN_SCORED while the groups taken hold fewer reports than the count', () => {
    // Groups of 2: 16 reports come from 15 groups holding 30; it goes on to 24 groups holding 48 (25 reports).
    expect(groupCandidates(page([0]), copies(40, 2), 48, 0.9, null)).toHaveLength(25);
  });
  it('scores as many as asked when every group is one report', () => {
    expect(groupCandidates(page([0]), copies(60, 1), 48, 0.9, null)).toHaveLength(48);
  });
});
