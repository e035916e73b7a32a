/** Growable id storage for the library's index (library-index.ts): sorted id lists and typed arrays that double. */

/** An empty id list (a view: never written). */
export const EMPTY_IDS = new Int32Array(0);

/** A sorted, growable list of ids. */
export class IdList {
  private a = new Int32Array(4);
  n = 0;
  /** Appends `v`, which must not be below the last id (slots and features only grow). */
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  /** Removes `v` if present (binary search). */
  remove(v: number): void {
    let lo = 0;
    let hi = this.n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = this.a[mid] ?? 0;
      if (m === v) {
        this.a.copyWithin(mid, mid + 1, this.n);
        this.n--;
        return;
      }
      if (m < v) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  view(): Int32Array {
    return this.a.subarray(0, this.n);
  }
}

/** Grows a typed array to hold at least `n` items (doubling). */
export function grown<T extends Int32Array | Float32Array>(a: T, n: number, make: (size: number) => T): T {
  if (n <= a.length) return a;
  const b = make(Math.max(n, a.length * 2, 16));
  b.set(a);
  return b;
}

