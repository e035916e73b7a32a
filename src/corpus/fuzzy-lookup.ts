/**
 * Resolves a page's features to the corpus's feature ids: exactly, then names by skeleton
 * (transliterations), then names by fuse.js within a block of similar skeletons (typos). Only the
 * page's most salient unresolved names go to fuse.js, which bounds the work per page.
 */
import type { TextFeatures } from './text-features';
import { fuzzyBlockOf, MIN_FUZZY_NAME } from './format';
import type { LoadedCorpus } from './load-corpus';
import { skeleton } from './normalize';

/** A page feature found in the corpus. */
export interface ResolvedFeature {
  /** Corpus feature id. */
  id: number;
  /** How the page writes it. */
  display: string;
  /** 1 for an exact match; less for a skeleton or fuzzy match (the weight is scaled by it). */
  closeness: number;
}

/**
 * At most this many names per page go to fuse.js. A fuse.js block search costs 0.1–0.5 ms at
 * 100,000 reports (npm run bench), so 12 keep the fuzzy part near 3 ms; a page's salient names
 * (ordered by count and length) come first.
 */
export const MAX_FUZZY_LOOKUPS = 12;
/** A lone name matching a word of a longer name: likely the same person or place, less sure. */
const PART_CLOSENESS = 0.8;
/** A skeleton match is a transliteration, nearly as good as the same spelling. */
const SKELETON_CLOSENESS = 0.9;
/** Fuzzy matches must be about the same length: a fuse.js substring hit ("gaza" in "gaza city") is another name. */
const MAX_LENGTH_RATIO = 1.34;

/** Fuse.js hits for one folded name: feature ids with closeness. */
export function fuzzyNames(name: string, corpus: LoadedCorpus, limit = 3): { id: number; closeness: number }[] {
  const block = corpus.fuzzyBlock(fuzzyBlockOf(name));
  if (!block) return [];
  const out: { id: number; closeness: number }[] = [];
  for (const hit of block.fuse.search(name, { limit })) {
    const ratio = Math.max(hit.item.length, name.length) / Math.max(1, Math.min(hit.item.length, name.length));
    const id = block.ids[hit.refIndex];
    if (id === undefined || ratio > MAX_LENGTH_RATIO) continue;
    out.push({ id, closeness: 1 - (hit.score ?? 0) });
  }
  return out;
}

/** Resolves page features to corpus features (a page feature can match several corpus names). */
export function resolveFeatures(page: TextFeatures, corpus: LoadedCorpus, maxFuzzy = MAX_FUZZY_LOOKUPS): ResolvedFeature[] {
  const out: ResolvedFeature[] = [];
  const unresolved: { name: string; display: string; salience: number }[] = [];
  for (const [key, f] of page) {
    const id = corpus.idOf(key);
    if (id !== undefined) {
      out.push({ id, display: f.display, closeness: 1 });
      if (!key.startsWith('f:') && !key.startsWith('n:')) continue;
    }
    if (key.startsWith('n:') || key.startsWith('p:')) {
      // A lone name meets the same word inside a longer name, and the other way round ("Hagari", "Daniel Hagari").
      const other = corpus.idOf(`${key.startsWith('n:') ? 'p' : 'n'}:${key.slice(2)}`);
      if (other !== undefined) out.push({ id: other, display: f.display, closeness: PART_CLOSENESS });
      if (id !== undefined || key.startsWith('p:')) continue;
    }
    if (key.startsWith('f:')) {
      const cut = key.lastIndexOf(':');
      const bucket = Number(key.slice(cut + 1));
      for (const b of [bucket - 1, bucket + 1]) {
        const near = corpus.idOf(`${key.slice(0, cut)}:${b}`);
        if (near !== undefined) out.push({ id: near, display: f.display, closeness: 1 });
      }
      continue;
    }
    const name = key.slice(2);
    const sk = skeleton(name);
    const same = sk.length >= 4 ? corpus.skeletonIds(sk) : undefined;
    if (same && same.length > 0) {
      for (const s of same) out.push({ id: s, display: f.display, closeness: SKELETON_CLOSENESS });
    } else if (name.length >= MIN_FUZZY_NAME) {
      unresolved.push({ name, display: f.display, salience: f.count * Math.min(name.length, 16) });
    }
  }
  unresolved.sort((a, b) => b.salience - a.salience);
  for (const u of unresolved.slice(0, maxFuzzy)) {
    for (const hit of fuzzyNames(u.name, corpus)) out.push({ id: hit.id, display: u.display, closeness: hit.closeness });
  }
  return out;
}
