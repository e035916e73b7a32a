/**
 * The loaded inverted index by groups of near-duplicate reports ({@link CorpusIndexData.postings}):
 * each group's members, each report's group, and a feature's postings three ways (the groups most
 * of whose members carry it, the members of those groups that lack it, the other reports that carry
 * it). {@link ReportGroups.reportsOf} gives a feature's reports one by one, as a plain inverted
 * index would, for the search box and the tests; the matcher walks the three lists
 * (group-candidates.ts).
 */
import type { CorpusIndexData } from './format';
import { PackedListStore, unpackLists } from './packed-ids';

/** Groups of near-duplicate reports and the postings by group. */
export class ReportGroups {
  /** Number of groups. */
  readonly count: number;
  /** Each report's group. */
  readonly of: Int32Array;
  /** Per feature: the groups where most members carry it. */
  readonly groups: PackedListStore;
  /** Per feature: the reports carrying it outside {@link groups}. */
  readonly reports: PackedListStore;
  /** Per feature: the members of its {@link groups} that do not carry it. */
  readonly missing: PackedListStore;
  private readonly ids: Int32Array;
  private readonly offsets: Int32Array;

  constructor(data: Pick<CorpusIndexData, 'groups' | 'postings' | 'features' | 'reports'>) {
    this.count = data.groups.count;
    ({ ids: this.ids, offsets: this.offsets } = unpackLists(data.groups.members.data, this.count));
    this.of = new Int32Array(data.reports);
    for (let g = 0; g < this.count; g++) for (const r of this.members(g)) this.of[r] = g;
    this.groups = new PackedListStore(data.postings.groups, data.features);
    this.reports = new PackedListStore(data.postings.reports, data.features);
    this.missing = new PackedListStore(data.postings.missing, data.features);
  }

  /** Group `g`'s reports, ascending (a view: do not write to it). */
  members(g: number): Int32Array {
    return g >= 0 && g < this.count ? this.ids.subarray(this.offsets[g] ?? 0, this.offsets[g + 1] ?? 0) : new Int32Array(0);
  }

  /** The reports carrying feature `id`, ascending: what a report-by-report inverted index holds. */
  reportsOf(id: number): Int32Array {
    const lacking = new Set(this.missing.list(id));
    const out: number[] = Array.from(this.reports.list(id));
    for (const g of this.groups.list(id)) for (const r of this.members(g)) if (!lacking.has(r)) out.push(r);
    return Int32Array.from(out).sort();
  }

  /** How many reports carry feature `id` (its document frequency). */
  frequency(id: number): number {
    let n = this.reports.length(id) - this.missing.length(id);
    for (const g of this.groups.list(id)) n += (this.offsets[g + 1] ?? 0) - (this.offsets[g] ?? 0);
    return n;
  }
}
