/**
 * Builds the serialized search index at build time: a feature vocabulary, each report's features
 * and each feature's reports (packed, by group of near-duplicates: group-postings.ts), feature weights, report days, the skeletons of names, and
 * fuse.js indexes over the names, in blocks. Everything loading would compute is computed here and
 * stored as packed strings, so loading is parsing. Nothing here runs in the extension: the
 * background only loads the result (src/corpus/load-corpus.ts); the format is src/corpus/format.ts.
 */
import Fuse from 'fuse.js';
import { dayNumber } from '../../base/dates';
import { fuzzyBlockOf, MIN_FUZZY_NAME, type CorpusIndexData } from '../../corpus/format';
import { packListStore, packSequence } from '../../corpus/packed-ids';
import { packSortedOrder, packStrings } from '../../corpus/packed-strings';
import { featuresOf, keptFeatures } from '../../corpus/report-features';
import { skeleton } from '../../corpus/normalize';
import { featureWeight } from '../../corpus/term-weights';
import type { CompiledReport } from '../../types';
import { groupPostings } from './group-postings';
import { nearDuplicateGroups } from './near-duplicates';

export { MAX_NAMED_PER_REPORT, MAX_WORDS_PER_REPORT } from '../../corpus/report-features';

/** Floor of a feature's weight when choosing what to keep: a word a report repeats ("ceasefire" ×4) stays for search even when generic. */
const WORD_WEIGHT_FLOOR = 0.4;
/** Builds the index of compiled reports. Two passes (document frequencies, then selection) keep memory flat at 100,000 reports. */
export function buildIndex(reports: readonly CompiledReport[]): CorpusIndexData {
  const n = reports.length;
  const feats = (r: CompiledReport) => featuresOf(r.text, r.titleDerived ? '' : r.title, r.terms, r.figures);
  const df = new Map<string, number>();
  for (const r of reports) for (const key of feats(r).keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const displays: string[] = [];
  const lists: number[][] = [];
  for (const r of reports) {
    const scored = [...feats(r)].map(([key, f]) => ({ key, f, s: Math.max(WORD_WEIGHT_FLOOR, featureWeight(key, df.get(key) ?? 1, n)) * (1 + Math.log(f.count)) }));
    scored.sort((a, b) => b.s - a.s || (a.key < b.key ? -1 : 1));
    const list: number[] = [];
    for (const { key, f } of keptFeatures(scored)) {
      let id = ids.get(key);
      if (id === undefined) {
        id = keys.length;
        ids.set(key, id);
        keys.push(key);
        displays.push(f.display);
      }
      list.push(id);
    }
    lists.push(list);
  }
  return compactIndex(n, keys, displays, lists, reports.map((r) => dayNumber(r.date)), nearDuplicateGroups(reports.map((r) => r.text)));
}

/** Float32 bit patterns of weights, as stored in {@link CorpusIndexData.weights}. */
function weightBits(weights: readonly number[]): Uint32Array {
  return new Uint32Array(Float32Array.from(weights).buffer);
}

/** Everything loading needs, precomputed: postings, weights, the key order, skeletons and fuse.js blocks. */
function compactIndex(n: number, keys: string[], displays: string[], lists: number[][], days: number[], groupOf: Int32Array): CorpusIndexData {
  const df = new Int32Array(keys.length);
  for (const list of lists) for (const id of list) df[id] = (df[id] ?? 0) + 1;
  const weights = keys.map((key, id) => featureWeight(key, df[id] ?? 0, n));
  const skeletons = new Map<string, number[]>();
  const blocks = new Map<string, number[]>();
  keys.forEach((key, id) => {
    if (!key.startsWith('n:') && !key.startsWith('p:')) return;
    const name = key.slice(2);
    const sk = skeleton(name);
    if (sk.length >= 4) {
      const same = skeletons.get(sk);
      if (same) same.push(id);
      else skeletons.set(sk, [id]);
    }
    if (name.length < MIN_FUZZY_NAME) return;
    const b = fuzzyBlockOf(name);
    const list = blocks.get(b);
    if (list) list.push(id);
    else blocks.set(b, [id]);
  });
  const sortedSkeletons = [...skeletons.keys()].sort();
  const sortedBlocks = [...blocks.keys()].sort();
  const blockIds = sortedBlocks.map((b) => blocks.get(b) ?? []);
  const norms = blockIds.map((ids) => {
    const names = ids.map((id) => (keys[id] ?? '').slice(2));
    const { records } = Fuse.createIndex([], names).toJSON() as { records: { v: string; i: number; n: number }[] };
    if (records.length !== names.length || records.some((rec, i) => rec.i !== i || rec.v !== names[i])) throw new Error('unexpected fuse.js index records');
    return records.map((rec) => Math.round(rec.n * 1000));
  });
  return {
    format: 'crosscheck-index/3', reports: n, features: keys.length,
    keys: packStrings(keys), keyOrder: packSortedOrder(keys), displays: packStrings(displays),
    weights: packSequence(weightBits(weights)), forward: packListStore(lists), ...groupPostings(lists, groupOf, keys.length),
    days: packSequence(days.map((d) => d + 1)),
    skeletons: { count: sortedSkeletons.length, names: packStrings(sortedSkeletons), ids: packListStore(sortedSkeletons.map((sk) => skeletons.get(sk) ?? [])) },
    fuzzy: { count: sortedBlocks.length, blocks: packStrings(sortedBlocks), ids: packListStore(blockIds), norms: packListStore(norms, false) },
  };
}
