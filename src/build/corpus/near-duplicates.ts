/**
 * Near-duplicate reports at build time: copies of one wire story reprinted by many sites, or filed
 * again the next day with other numbers. Each report's text becomes a set of word shingles with
 * every number masked (so another toll or date does not make another story), a MinHash signature
 * estimates the Jaccard similarity of two sets, and locality-sensitive hashing on bands of the
 * signature finds the pairs worth comparing without comparing all pairs. Reports joined by a pair
 * at or above {@link NEAR_DUPLICATE_JACCARD} share a group (union-find). The matcher walks the
 * index once per group instead of once per copy (build-index.ts, src/corpus/group-candidates.ts).
 *
 * Our own short implementation (Broder's MinHash, banding as in Leskovec, Rajaraman & Ullman,
 * *Mining of Massive Datasets*, ch. 3): npm's MinHash packages are unmaintained or bring their own
 * tokenizers and hash tables for what is about fifty lines here.
 */
import { fold } from '../../corpus/normalize';

/** Words per shingle: 4 is long enough that two war reports sharing vocabulary share few shingles, short enough that one changed word spoils only 4. */
export const SHINGLE_WORDS = 4;
/** Hash functions in a signature: 64 estimate a Jaccard similarity within about ±0.06 (1/√64 standard error at 0.5). */
export const SIGNATURE_SIZE = 64;
/** Rows per LSH band (64/4 = 16 bands): a pair at Jaccard 0.5 shares a band with probability 1-(1-0.5⁴)¹⁶ ≈ 0.64, at 0.8 ≈ 0.9999. */
export const BAND_ROWS = 4;
/**
 * Estimated Jaccard similarity of number-masked shingles at which two reports are copies of one
 * story. A copy with a sentence dropped and its own dateline and furniture stays above 0.8; two
 * reports of one event written separately, or two stories sharing a quoted paragraph, stay well
 * below 0.5 (tests/unit/corpus/near-duplicates.test.ts).
 */
export const NEAR_DUPLICATE_JACCARD = 0.6;
/** Largest group: bounds the matcher's pass over one group's members (src/corpus/group-candidates.ts). */
export const MAX_GROUP = 256;

const TOKEN = /[\p{L}\p{N}]+/gu;

/** 32-bit FNV-1a of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's 32-bit finalizer: a cheap mix that makes `x ^ seed` a different hash per seed. */
function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_x, i) => mix(0x9e3779b9 + i * 0x632be5ab));

/** The hashed word shingles of a text, numbers masked (every run of digits reads "0"). */
export function shingles(text: string): Set<number> {
  const words = (fold(text).match(TOKEN) ?? []).map((w) => w.replace(/\d+/g, '0'));
  const out = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length > 0) out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/** The MinHash signature of a shingle set: for each seed, the least mixed hash. */
export function signature(set: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of set) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix(h ^ (SEEDS[i] ?? 0));
      if (v < (sig[i] ?? 0)) sig[i] = v;
    }
  }
  return sig;
}

/** The estimated Jaccard similarity of two signatures: the share of positions where they agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** Whether two signatures are of near-duplicates: an estimated Jaccard similarity of at least {@link NEAR_DUPLICATE_JACCARD}. */
export function isNearDuplicate(a: Uint32Array, b: Uint32Array): boolean {
  return similarity(a, b) >= NEAR_DUPLICATE_JACCARD;
}

/**
 * Groups near-duplicate texts: each text's group number, groups numbered by their first member,
 * so a corpus without near-duplicates gets group i for text i.
 */
export function nearDuplicateGroups(texts: readonly string[]): Int32Array {
  const n = texts.length;
  const parent = Int32Array.from({ length: n }, (_x, i) => i);
  const size = new Int32Array(n).fill(1);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    for (let k = i; parent[k] !== r; ) {
      const next = parent[k] ?? r;
      parent[k] = r;
      k = next;
    }
    return r;
  };
  const sigs = texts.map((t) => signature(shingles(t)));
  const buckets = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const sig = sigs[i] as Uint32Array;
    for (let b = 0; b < SIGNATURE_SIZE; b += BAND_ROWS) {
      const key = `${b}:${Array.from(sig.subarray(b, b + BAND_ROWS)).join(',')}`;
      const first = buckets.get(key);
      if (first === undefined) {
        buckets.set(key, i);
        continue;
      }
      const [ri, rf] = [root(i), root(first)];
      if (ri === rf || (size[ri] ?? 0) + (size[rf] ?? 0) > MAX_GROUP) continue;
      if (!isNearDuplicate(sig, sigs[first] as Uint32Array)) continue;
      const [big, small] = ri < rf ? [ri, rf] : [rf, ri];
      parent[small] = big;
      size[big] = (size[big] ?? 0) + (size[small] ?? 0);
    }
  }
  const number = new Map<number, number>();
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = root(i);
    let g = number.get(r);
    if (g === undefined) number.set(r, (g = number.size));
    out[i] = g;
  }
  return out;
}
