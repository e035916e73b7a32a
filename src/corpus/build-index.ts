/**
 * Builds the serialized search index at build time: a feature vocabulary, each report's features
 * (packed), report days, the skeletons of names, and fuse.js indexes over the names, in blocks.
 * Nothing here runs in the extension: the background only loads the result (load-corpus.ts).
 */
import Fuse from 'fuse.js';
import type { CompiledReport } from '../types';
import lexicon from './lexicon-data.json';
import { skeleton } from './normalize';
import { packLists } from './packed-ids';
import { featuresOf } from './report-features';
import { featureWeight } from './term-weights';

/** Words a reader searches for whatever their weight ("ceasefire", "hostage"…): the heads of lexicon-data.json's synonym groups. */
const ALWAYS_KEPT = new Set(lexicon.synonyms.map((g) => `w:${g[0] ?? ''}`));
/** Content words kept per report, best by tf·idf (idf floored so a report's own frequent words stay): 40 keeps a story's vocabulary (seeds have 150–200 stems) at a fifth of the postings. */
export const MAX_WORDS_PER_REPORT = 40;
/** Names, counts, numbers and figures kept per report: 64 is above every seed (about 50) while bounding a list-like report. */
export const MAX_NAMED_PER_REPORT = 64;
/** Floor of a feature's weight when choosing what to keep: a word a report repeats ("ceasefire" ×4) stays for search even when generic. */
const WORD_WEIGHT_FLOOR = 0.4;
/** Names shorter than this are matched exactly only: fuzzy matching of "UN" or "Gaza" finds noise. */
export const MIN_FUZZY_NAME = 4;

/** The block of the fuzzy name index a folded name belongs to: its skeleton's first two letters. */
export function fuzzyBlockOf(name: string): string {
  const s = skeleton(name);
  return s.length >= 2 ? s.slice(0, 2) : name.slice(0, 2);
}

/** The serialized index, stored in {@link CompiledCorpus.index}. */
export interface CorpusIndexData {
  format: 'crosscheck-index/1';
  /** Feature keys ("n:khan younis", "w:withdra", "q:24:soldier"…) by feature id. */
  keys: string[];
  /** How a reader would write each feature. */
  displays: string[];
  /** Each report's feature ids, in report order ({@link packLists}). */
  forward: string;
  /** Each report's date as days since 1970-01-01, or -1 when unknown. */
  days: number[];
  /** Name skeletons with at least 4 letters, to the name (and name-part) feature ids that have them. */
  skeletons: Record<string, number[]>;
  /** fuse.js indexes over the folded names and name parts, one per block ({@link fuzzyBlockOf}). */
  fuzzy: Record<string, { ids: number[]; index: ReturnType<ReturnType<typeof Fuse.createIndex>['toJSON']> }>;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date, or -1. */
export function dayNumber(date: string | null | undefined): number {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return -1;
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : -1;
}

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
    const words = scored.filter((x) => x.key.startsWith('w:')).filter((x, i) => i < MAX_WORDS_PER_REPORT || ALWAYS_KEPT.has(x.key));
    const named = scored.filter((x) => !x.key.startsWith('w:')).slice(0, MAX_NAMED_PER_REPORT);
    const list: number[] = [];
    for (const { key, f } of [...named, ...words]) {
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
  const skeletons: Record<string, number[]> = {};
  const blocks = new Map<string, number[]>();
  keys.forEach((key, id) => {
    if (!key.startsWith('n:') && !key.startsWith('p:')) return;
    const name = key.slice(2);
    const sk = skeleton(name);
    if (sk.length >= 4) (skeletons[sk] ??= []).push(id);
    if (name.length < MIN_FUZZY_NAME) return;
    const b = fuzzyBlockOf(name);
    const list = blocks.get(b);
    if (list) list.push(id);
    else blocks.set(b, [id]);
  });
  const fuzzy: CorpusIndexData['fuzzy'] = {};
  for (const [b, blockIds] of blocks) {
    fuzzy[b] = { ids: blockIds, index: Fuse.createIndex([], blockIds.map((id) => (keys[id] ?? '').slice(2))).toJSON() };
  }
  return { format: 'crosscheck-index/1', keys, displays, forward: packLists(lists), days: reports.map((r) => dayNumber(r.date)), skeletons, fuzzy };
}
