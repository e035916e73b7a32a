/**
 * Many strings as one: the strings joined in one string, with each one's length packed
 * (packed-ids.ts). Loading sums the lengths; reading an entry slices it out. This replaces JSON
 * arrays of strings, whose parsing allocates one string per entry (about 120,000 feature keys at
 * 100,000 reports), and, with a sorted order stored beside it, the Map from key to id that loading
 * used to build.
 */
import { packSequence, unpackSequence } from './packed-ids';

/** The serialized form of a {@link StringTable}. */
export interface PackedStringsData {
  /** The strings, joined. */
  text: string;
  /** Each string's length ({@link packSequence}). */
  sizes: string;
}

/** Packs strings into one ({@link StringTable} reads them). */
export function packStrings(list: readonly string[]): PackedStringsData {
  return { text: list.join(''), sizes: packSequence(list.map((s) => s.length)) };
}

/** The order that sorts `list` by UTF-16 code units (JavaScript's `<`), packed: what {@link StringTable.find} searches. */
export function packSortedOrder(list: readonly string[]): string {
  const order = list.map((_, i) => i);
  order.sort((a, b) => {
    const x = list[a] ?? '';
    const y = list[b] ?? '';
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  return packSequence(order);
}

/** Strings read from {@link PackedStringsData}. */
export class StringTable {
  private readonly offsets: Int32Array;
  private readonly order: Int32Array | null;

  /** `order` is {@link packSortedOrder}'s output, for {@link find}; omit it when the strings are already sorted. */
  constructor(private readonly packed: PackedStringsData, readonly size: number, order?: string) {
    const sizes = unpackSequence(packed.sizes, new Int32Array(size));
    this.offsets = new Int32Array(size + 1);
    for (let i = 0; i < size; i++) this.offsets[i + 1] = (this.offsets[i] ?? 0) + (sizes[i] ?? 0);
    this.order = order === undefined ? null : unpackSequence(order, new Int32Array(size));
  }

  /** Entry `i`, or "" when out of range. */
  get(i: number): string {
    if (!(i >= 0 && i < this.size)) return '';
    return this.packed.text.slice(this.offsets[i], this.offsets[i + 1]);
  }

  /** The index of `key`, by binary search in the sorted order; undefined when absent. */
  find(key: string): number | undefined {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const i = this.order ? this.order[mid] ?? 0 : mid;
      const c = this.compare(i, key);
      if (c === 0) return i;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** Entry `i` compared with `key` by UTF-16 code units, without slicing it out. */
  private compare(i: number, key: string): number {
    const { text } = this.packed;
    const start = this.offsets[i] ?? 0;
    const len = (this.offsets[i + 1] ?? 0) - start;
    const n = Math.min(len, key.length);
    for (let k = 0; k < n; k++) {
      const d = text.charCodeAt(start + k) - key.charCodeAt(k);
      if (d !== 0) return d;
    }
    return len - key.length;
  }
}
