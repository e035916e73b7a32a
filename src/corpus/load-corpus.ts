/**
 * Loading the bundled corpus for matching. Everything was computed at build time
 * (src/build/corpus/build-index.ts): loading sums the packed lengths of the index's strings and lists, decodes the
 * weights and days, and keeps the rest packed; feature lists, postings, report figures and texts
 * are decoded when read, and fuse.js name blocks are parsed (`Fuse.parseIndex`) on first use. Owns
 * the loaded state; matching only reads it.
 */
import Fuse from 'fuse.js';
import type { CompiledCorpus } from './format';
import { PackedListStore, unpackSequence } from './packed-ids';
import { StringTable } from './packed-strings';
import { ReportCatalogue, type ReportSummary } from './report-catalogue';
import { ReportGroups } from './report-groups';
import { ReportTexts } from './report-texts';
import type { Figure } from '../types';

/** Options of the fuse.js name search: scores up to 0.3 are one or two letters off in a name; ignoreLocation as names sit anywhere in a key. */
export const FUSE_OPTIONS = { includeScore: true, threshold: 0.3, ignoreLocation: true, isCaseSensitive: true } as const;

/** A fuse.js searcher over one block of names, and the feature ids of its entries. */
export interface FuzzyBlock {
  fuse: Fuse<string>;
  ids: Int32Array;
}

/** Id lists read one at a time (PackedListStore, or a library index's growable lists). */
export interface IdLists {
  /** List `i` (sorted ascending where the store is; a view: do not write to it). */
  list(i: number): Int32Array;
  /** How many values list `i` holds. */
  length(i: number): number;
}

/** Groups of near-duplicate reports and the postings by group, as the matcher reads them (report-groups.ts). */
export interface GroupIndex {
  readonly count: number;
  readonly of: Int32Array;
  readonly groups: IdLists;
  readonly reports: IdLists;
  readonly missing: IdLists;
  members(g: number): Int32Array;
  reportsOf(id: number): Int32Array;
  frequency(id: number): number;
}

/** What results show and compare of each report, as the matcher reads it (report-catalogue.ts). */
export interface CatalogueView {
  readonly size: number;
  summary(r: number): ReportSummary;
  id(r: number): string;
  publisher(r: number): string;
  date(r: number): string;
  figures(r: number): Figure[];
  indexOf(id: string): number | undefined;
}

/** A report in full, materialised from the catalogue and the texts. */
export interface StoredReport extends ReportSummary {
  text: string;
  figures: Figure[];
}

/** A corpus ready to match against: loaded once (parses the serialized index). */
export interface LoadedCorpus {
  /** Number of reports. */
  size: number;
  /** Number of features. */
  features: number;
  /** The id of a feature key ("n:khan younis"), or undefined. */
  idOf(key: string): number | undefined;
  /** A feature's key; "" for an unknown id. */
  keyOf(id: number): string;
  /** How a reader would write a feature. */
  displayOf(id: number): string;
  /** Weight of each feature when shared (term-weights.ts). */
  weight: Float32Array;
  /** Each report's feature ids (sorted). */
  forward: IdLists;
  /** Each feature's report indices (sorted), as an inverted index gives them, and their number (the document frequency). */
  postings: { list(id: number): Int32Array; length(id: number): number };
  /** Groups of near-duplicate reports and the inverted index by group, which the matcher walks. */
  groups: GroupIndex;
  /** Report dates as day numbers, -1 when unknown. */
  days: Int32Array;
  /** Name and name-part feature ids whose name has this skeleton (normalize.ts). */
  skeletonIds(sk: string): Int32Array;
  /** Fuzzy name blocks, parsed with Fuse.parseIndex on first use. */
  fuzzyBlock(block: string): FuzzyBlock | null;
  /** Each report's id, title, publisher, date, url and figures. */
  catalogue: CatalogueView;
  /** Each report's full text ("" where the corpus keeps none, as the reader's library). */
  texts: { text(r: number): string };
  /** Report `r` in full. */
  report(r: number): StoredReport;
  /** The report with this id in full, or null. */
  getReport(id: string): StoredReport | null;
}

/** Loads a compiled corpus: parses its packed index, catalogue and texts (no indexing happens here). */
export function loadCorpus(compiled: CompiledCorpus): LoadedCorpus {
  const data = compiled.index;
  if (data?.format !== 'crosscheck-index/3') throw new Error('corpus index of an unknown format: rebuild the corpus');
  const size = data.reports;
  const features = data.features;
  const keys = new StringTable(data.keys, features, data.keyOrder);
  const displays = new StringTable(data.displays, features);
  const weight = new Float32Array(unpackSequence(data.weights, new Uint32Array(features)).buffer);
  const days = unpackSequence(data.days, new Int32Array(size)).map((d) => d - 1);
  const skeletonNames = new StringTable(data.skeletons.names, data.skeletons.count);
  const skeletonIds = new PackedListStore(data.skeletons.ids, skeletonNames.size);
  const blocks = new StringTable(data.fuzzy.blocks, data.fuzzy.count);
  const blockIds = new PackedListStore(data.fuzzy.ids, blocks.size);
  const blockNorms = new PackedListStore(data.fuzzy.norms, blocks.size, false);
  const catalogue = new ReportCatalogue(compiled.catalogue);
  const texts = new ReportTexts(compiled.texts, size);
  const cache = new Map<string, FuzzyBlock | null>();
  const groups = new ReportGroups(data);
  const report = (r: number): StoredReport => ({ ...catalogue.summary(r), text: texts.text(r), figures: catalogue.figures(r) });
  return {
    size, features, weight, days, catalogue, texts, report,
    forward: new PackedListStore(data.forward, size),
    groups,
    postings: { list: (id) => groups.reportsOf(id), length: (id) => groups.frequency(id) },
    idOf: (key) => keys.find(key),
    keyOf: (id) => keys.get(id),
    displayOf: (id) => displays.get(id),
    skeletonIds: (sk) => {
      const at = skeletonNames.find(sk);
      return at === undefined ? new Int32Array(0) : skeletonIds.list(at);
    },
    fuzzyBlock(block) {
      if (cache.has(block)) return cache.get(block) ?? null;
      const at = blocks.find(block);
      let made: FuzzyBlock | null = null;
      if (at !== undefined) {
        const ids = blockIds.list(at);
        const norms = blockNorms.list(at);
        const names = Array.from(ids, (id) => keys.get(id).slice(2));
        // FuseIndex.toJSON() as Fuse.createIndex made it at build time (src/build/corpus/build-index.ts).
        const records = names.map((v, i) => ({ v, i, n: (norms[i] ?? 1000) / 1000 }));
        made = { fuse: new Fuse(names, FUSE_OPTIONS, Fuse.parseIndex<string>({ keys: [], records })), ids };
      }
      cache.set(block, made);
      return made;
    },
    getReport(id) {
      const r = catalogue.indexOf(id);
      return r === undefined ? null : report(r);
    },
  };
}
