/**
 * The reports worth scoring in full for a page, found through the inverted index by groups of
 * near-duplicates (report-groups.ts). Every report's accumulated weight is what a report-by-report
 * walk would give (a group's share once, plus each member's own features, less what it lacks), but
 * the work is one entry per group for what copies share: fifty copies of a wire story cost one.
 * Groups are then taken best first, and from each only its best few members: by their own
 * features (the numbers and figures copies differ in), then by date nearest the page's, so one
 * story filed on several days is scored on the right day without scoring all its copies.
 */
import type { LoadedCorpus } from './load-corpus';
import type { PageDay } from './page-dates';
import type { PageFeatureSet } from './score-related';

/**
 * Members of one group scored in full. Copies of one edition agree on everything the scorer reads
 * but the publisher; two leave room for a copy filed a day later with the next day's toll
 * (npm run bench, near-duplicate corpora: P@1 was the same with 2 as with all 48 candidates).
 */
export const MEMBERS_PER_GROUP = 2;
/**
 * Reports scored in full at least, however many copies the groups scored stand for. The candidate
 * count (match-reports.ts CANDIDATES, 48) leaves room for the date to reorder reports; a group's
 * members are already picked by date, so a group counts for all its copies, and fifty copies of
 * one story would otherwise end the list after one group. 16 is three times the related reports
 * shown, each from another group (P@1 on the near-duplicate bench was the same as with 48).
 */
export const MIN_SCORED = 16;
/** Small corpora are walked in full. */
export const MIN_SCAN_ENTRIES = 200;

interface Scratch {
  byGroup: Float32Array;
  byReport: Float32Array;
  ownBest: Float32Array;
  seenGroup: Uint8Array;
  seenReport: Uint8Array;
  /** Touched members per group. */
  touched: Int32Array;
}
const scratches = new WeakMap<LoadedCorpus, Scratch>();

function scratchOf(corpus: LoadedCorpus): Scratch {
  let s = scratches.get(corpus);
  const g = corpus.groups.count;
  const n = corpus.size;
  // A library segment grows between pages (library-index.ts): its scratch grows with it.
  if (!s || s.byGroup.length < g || s.byReport.length < n) {
    s = { byGroup: new Float32Array(g), byReport: new Float32Array(n), ownBest: new Float32Array(g), seenGroup: new Uint8Array(g), seenReport: new Uint8Array(n), touched: new Int32Array(g) };
    scratches.set(corpus, s);
  }
  return s;
}

/**
 * Report indices most worth scoring: the highest accumulated weight over the walked postings, at
 * most {@link MEMBERS_PER_GROUP} from the best group and one from each other, ties by report order;
 * at most `count`, and no more once the groups taken hold `count` reports and
 * {@link MIN_SCORED} are taken. A feature
 * whose postings hold more than `maxShare` of the corpus's groups (and more than
 * {@link MIN_SCAN_ENTRIES} entries) is not walked.
 */
export function groupCandidates(set: PageFeatureSet, corpus: LoadedCorpus, count: number, maxShare: number, day: PageDay | null): number[] {
  const { groups } = corpus;
  const s = scratchOf(corpus);
  const maxEntries = Math.max(MIN_SCAN_ENTRIES, groups.count * maxShare);
  const touchedGroups: number[] = [];
  const touchedReports: number[] = [];
  const touchGroup = (g: number): void => {
    if (s.seenGroup[g] === 0) {
      s.seenGroup[g] = 1;
      touchedGroups.push(g);
    }
  };
  const touchReport = (r: number): void => {
    if (s.seenReport[r] === 0) {
      s.seenReport[r] = 1;
      touchedReports.push(r);
      const g = groups.of[r] ?? 0;
      touchGroup(g);
      s.touched[g] = (s.touched[g] ?? 0) + 1;
    }
  };
  for (const [id, p] of set) {
    const entries = groups.groups.length(id) + groups.reports.length(id);
    if (entries === 0 || entries > maxEntries) continue;
    const w = (corpus.weight[id] ?? 0) * p.closeness;
    for (const g of groups.groups.list(id)) {
      touchGroup(g);
      s.byGroup[g] = (s.byGroup[g] ?? 0) + w;
    }
    for (const r of groups.missing.list(id)) {
      touchReport(r);
      s.byReport[r] = (s.byReport[r] ?? 0) - w;
    }
    for (const r of groups.reports.list(id)) {
      touchReport(r);
      s.byReport[r] = (s.byReport[r] ?? 0) + w;
    }
  }
  // A group's best member: its own weight above the group's share (0 for a member not touched).
  for (const g of touchedGroups) s.ownBest[g] = groups.members(g).length > (s.touched[g] ?? 0) ? 0 : -Infinity;
  for (const r of touchedReports) {
    const g = groups.of[r] ?? 0;
    s.ownBest[g] = Math.max(s.ownBest[g] ?? 0, s.byReport[r] ?? 0);
  }
  const best = (g: number): number => (s.byGroup[g] ?? 0) + (s.ownBest[g] ?? 0);
  touchedGroups.sort((a, b) => best(b) - best(a) || a - b);
  const out: number[] = [];
  let represented = 0;
  for (const g of touchedGroups) {
    if (out.length >= count || (out.length >= MIN_SCORED && represented >= count)) break;
    represented += groups.members(g).length;
    const k = out.length === 0 ? MEMBERS_PER_GROUP : 1;
    out.push(...bestMembers(groups.members(g), s.byReport, corpus.days, day, Math.min(k, count - out.length)));
  }
  for (const g of touchedGroups) {
    s.byGroup[g] = 0;
    s.seenGroup[g] = 0;
    s.touched[g] = 0;
  }
  for (const r of touchedReports) {
    s.byReport[r] = 0;
    s.seenReport[r] = 0;
  }
  return out;
}

/** The `k` best members of a group: most own weight, then nearest the page's day, then report order. */
export function bestMembers(members: Int32Array, own: Float32Array, days: Int32Array, day: PageDay | null, k: number): number[] {
  if (members.length <= k) return Array.from(members);
  const gap = (r: number): number => {
    const d = days[r] ?? -1;
    return day && d >= 0 ? Math.abs(d - day.day) : 0;
  };
  const better = (a: number, b: number): boolean => {
    const wa = own[a] ?? 0;
    const wb = own[b] ?? 0;
    return wa !== wb ? wa > wb : gap(a) !== gap(b) ? gap(a) < gap(b) : a < b;
  };
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    let pick = -1;
    for (const r of members) if (!out.includes(r) && (pick < 0 || better(r, pick))) pick = r;
    if (pick >= 0) out.push(pick);
  }
  return out;
}
