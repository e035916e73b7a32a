/**
 * Loading the bundled corpus for matching: parses the serialized index once (feature vocabulary,
 * packed feature lists, postings, weights, dates) and keeps fuse.js name blocks to parse on first
 * use. Owns the loaded state; matching only reads it.
 */
import Fuse from 'fuse.js';
import type { CompiledCorpus } from './corpus-index';
import { buildIndex, type CorpusIndexData } from './build-index';
import { unpackLists, type UnpackedLists } from './packed-ids';
import { featureWeight } from './term-weights';

/** Options of the fuse.js name search: scores up to 0.3 are one or two letters off in a name; ignoreLocation as names sit anywhere in a key. */
export const FUSE_OPTIONS = { includeScore: true, threshold: 0.3, ignoreLocation: true, isCaseSensitive: true } as const;

/** A fuse.js searcher over one block of names, and the feature ids of its entries. */
export interface FuzzyBlock {
  fuse: Fuse<string>;
  ids: readonly number[];
}

/** A corpus ready to match against: loaded once (parses the serialized index). */
export interface LoadedCorpus {
  compiled: CompiledCorpus;
  /** Number of reports. */
  size: number;
  keys: readonly string[];
  displays: readonly string[];
  /** Feature key to feature id. */
  idOf: Map<string, number>;
  /** Reports that carry each feature. */
  df: Int32Array;
  /** Weight of each feature when shared (term-weights.ts). */
  weight: Float32Array;
  /** Each report's feature ids (sorted). */
  forward: UnpackedLists;
  /** Each feature's report indices (sorted): the inverted index. */
  postings: UnpackedLists;
  /** Report dates as day numbers, -1 when unknown. */
  days: Int32Array;
  skeletons: Readonly<Record<string, number[]>>;
  /** Fuzzy name blocks, parsed with Fuse.parseIndex on first use. */
  fuzzyBlock(block: string): FuzzyBlock | null;
}

function invert(forward: UnpackedLists, features: number): { postings: UnpackedLists; df: Int32Array } {
  const df = new Int32Array(features);
  for (const id of forward.ids) df[id] = (df[id] ?? 0) + 1;
  const offsets = new Int32Array(features + 1);
  for (let f = 0; f < features; f++) offsets[f + 1] = (offsets[f] ?? 0) + (df[f] ?? 0);
  const fill = offsets.slice(0, features);
  const ids = new Int32Array(forward.ids.length);
  const reports = forward.offsets.length - 1;
  for (let r = 0; r < reports; r++) {
    for (let k = forward.offsets[r] ?? 0; k < (forward.offsets[r + 1] ?? 0); k++) {
      const f = forward.ids[k] ?? 0;
      ids[fill[f] ?? 0] = r;
      fill[f] = (fill[f] ?? 0) + 1;
    }
  }
  return { postings: { ids, offsets }, df };
}

/** Loads a compiled corpus (parses its serialized index). A corpus compiled without an index gets one built here (Node tools only). */
export function loadCorpus(compiled: CompiledCorpus): LoadedCorpus {
  const data: CorpusIndexData = compiled.index ?? buildIndex(compiled.reports);
  const size = compiled.reports.length;
  const forward = unpackLists(data.forward, size);
  const features = data.keys.length;
  const { postings, df } = invert(forward, features);
  const weight = new Float32Array(features);
  const idOf = new Map<string, number>();
  for (let f = 0; f < features; f++) {
    const key = data.keys[f] ?? '';
    idOf.set(key, f);
    weight[f] = featureWeight(key, df[f] ?? 0, size);
  }
  const cache = new Map<string, FuzzyBlock | null>();
  return {
    compiled, size, keys: data.keys, displays: data.displays, idOf, df, weight, forward, postings,
    days: Int32Array.from(data.days), skeletons: data.skeletons,
    fuzzyBlock(block) {
      if (cache.has(block)) return cache.get(block) ?? null;
      const raw = data.fuzzy[block];
      const made = raw
        ? { fuse: new Fuse(raw.ids.map((id) => (data.keys[id] ?? '').slice(2)), FUSE_OPTIONS, Fuse.parseIndex<string>(raw.index)), ids: raw.ids }
        : null;
      cache.set(block, made);
      return made;
    },
  };
}
