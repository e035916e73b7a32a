/**
 * The inverted index by groups of near-duplicate reports ({@link CorpusIndexData.postings}): a
 * feature most of a group's members carry is posted once, for the group, with the few members
 * that lack it; a feature only some members carry is posted for those reports. The lists hold the
 * same reports as a report-by-report index, exactly, in at most as many entries; fifty copies of a
 * wire story cost one entry per shared feature instead of fifty.
 */
import type { CorpusIndexData } from '../../corpus/format';
import { packListStore } from '../../corpus/packed-ids';

/** Members of a group carrying a feature for it to be posted for the group: a strict majority, so the missing members are always fewer than the posted ones would be. */
export const GROUP_CORE_SHARE = 0.5;

/** Packs each report's feature lists (`lists`) by the groups of `groupOf` (group numbers 0..count-1). */
export function groupPostings(lists: readonly (readonly number[])[], groupOf: Int32Array, features: number): Pick<CorpusIndexData, 'groups' | 'postings'> {
  let count = 0;
  for (const g of groupOf) count = Math.max(count, g + 1);
  const members: number[][] = Array.from({ length: count }, () => []);
  groupOf.forEach((g, r) => members[g]?.push(r));
  const groups: number[][] = Array.from({ length: features }, () => []);
  const reports: number[][] = Array.from({ length: features }, () => []);
  const missing: number[][] = Array.from({ length: features }, () => []);
  members.forEach((m, g) => {
    const carriers = new Map<number, number[]>();
    for (const r of m) {
      for (const id of lists[r] ?? []) {
        const had = carriers.get(id);
        if (had) had.push(r);
        else carriers.set(id, [r]);
      }
    }
    for (const [id, rs] of carriers) {
      if (rs.length > m.length * GROUP_CORE_SHARE) {
        groups[id]?.push(g);
        if (rs.length < m.length) {
          const has = new Set(rs);
          for (const r of m) if (!has.has(r)) missing[id]?.push(r);
        }
      } else {
        reports[id]?.push(...rs);
      }
    }
  });
  return {
    groups: { count, members: packListStore(members) },
    postings: { groups: packListStore(groups), reports: packListStore(reports), missing: packListStore(missing) },
  };
}
