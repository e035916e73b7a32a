/**
 * The corpus as the extension bundles it, in three parts: the search index, the catalogue of what
 * results show and compare (titles, publishers, dates, figures; report-catalogue.ts) and the full
 * texts (report-texts.ts). All three are strings and packed integers, so loading them is parsing,
 * and no report is held as objects. src/build/corpus/ writes this format at build time;
 * load-corpus.ts reads it in the extension. What both sides must agree on lives here.
 */
import type { CatalogueData } from './report-catalogue';
import type { PackedListsData } from './packed-ids';
import type { PackedStringsData } from './packed-strings';
import type { PackedTextsData } from './report-texts';
import { skeleton } from './normalize';

/** Names shorter than this are matched exactly only: fuzzy matching of "UN" or "Gaza" finds noise. */
export const MIN_FUZZY_NAME = 4;

/** The block of the fuzzy name index a folded name belongs to: its skeleton's first two letters. */
export function fuzzyBlockOf(name: string): string {
  const s = skeleton(name);
  return s.length >= 2 ? s.slice(0, 2) : name.slice(0, 2);
}

/** The serialized index, stored in {@link CompiledCorpus.index}: strings and packed integers only, so loading is parsing. */
export interface CorpusIndexData {
  format: 'crosscheck-index/3';
  /** Number of reports. */
  reports: number;
  /** Number of features. */
  features: number;
  /** Feature keys ("n:khan younis", "w:withdra", "q:24:soldier"…) by feature id. */
  keys: PackedStringsData;
  /** Feature ids sorted by key, to find a key's id by binary search (`StringTable.find`). */
  keyOrder: string;
  /** How a reader would write each feature. */
  displays: PackedStringsData;
  /** Each feature's weight when shared (term-weights.ts), as float32 bit patterns ({@link packSequence}). */
  weights: string;
  /** Each report's feature ids, in report order. */
  forward: PackedListsData;
  /**
   * The inverted index, by groups of near-duplicate reports (src/build/corpus/near-duplicates.ts):
   * `groups.members` lists each group's reports; a feature's reports are the members of its
   * `postings.groups` (the groups where most members carry it) less its `postings.missing`, plus
   * its `postings.reports` (reports carrying it outside those groups). A corpus without
   * near-duplicates has one group per report, numbered as the reports.
   */
  groups: { count: number; members: PackedListsData };
  postings: { groups: PackedListsData; reports: PackedListsData; missing: PackedListsData };
  /** Each report's date as days since 1970-01-01 plus one, 0 when unknown ({@link packSequence}). */
  days: string;
  /** Name skeletons with at least 4 letters (sorted), each with the name and name-part feature ids that have it. */
  skeletons: { count: number; names: PackedStringsData; ids: PackedListsData };
  /**
   * fuse.js indexes over the folded names and name parts, one per block ({@link fuzzyBlockOf};
   * block names sorted). Each block is its feature ids and the norms of `Fuse.createIndex`'s
   * records (×1000, as fuse.js rounds them): the records' other fields are the names themselves
   * (the keys) and their positions, so load-corpus.ts rebuilds `FuseIndex.toJSON()` for
   * `Fuse.parseIndex` without a second copy of every name.
   */
  fuzzy: { count: number; blocks: PackedStringsData; ids: PackedListsData; norms: PackedListsData };
}

/** What the extension bundles. */
export interface CompiledCorpus {
  version: 3;
  /** Serialized search index ({@link CorpusIndexData}; fuse.js name blocks for `Fuse.parseIndex`), built at build time. Holds no report text. */
  index: CorpusIndexData;
  /** Each report's id, title, publisher, date, url and figures. */
  catalogue: CatalogueData;
  /** Each report's full text, read when a report is searched in or opened. */
  texts: PackedTextsData;
}
