/**
 * The canonical JSON a corpus pack's hash is computed over (src/corpus/pack.ts), and the hash.
 * Pure: runs in Node 20 and in browsers (globalThis.crypto.subtle).
 */

/**
 * A value with the keys of every object in sorted order: the same value (not copied) where they
 * already are, as in every pack {@link buildPack} writes, so checking a pack copies only its top.
 * Copies are prototype-free objects, so a "__proto__" key is a key like any other.
 */
export function canonicalValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const x: unknown = value[i];
      if (typeof x !== 'object' || x === null) continue; // most elements: a feature's strings and count
      const y = canonicalValue(x);
      if (y !== x) (out ??= value.slice())[i] = y;
    }
    return out ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const sorted = keys.every((k, i) => i === 0 || (keys[i - 1] ?? '') < k) ? keys : [...keys].sort();
  let out: Record<string, unknown> | null = sorted === keys ? null : Object.create(null) as Record<string, unknown>;
  for (let i = 0; i < sorted.length; i++) {
    const k = sorted[i] ?? '';
    const x = record[k];
    const y = canonicalValue(x);
    if (out === null && y !== x) {
      out = Object.create(null) as Record<string, unknown>;
      for (const before of sorted.slice(0, i)) out[before] = record[before];
    }
    if (out !== null) out[k] = y;
  }
  return out ?? record;
}

/**
 * The canonical JSON of a value: JSON.stringify (no whitespace; undefined-valued keys left out) of
 * the value with every object's keys sorted by UTF-16 code units. (JavaScript enumerates keys that
 * are array indices, such as "7", first and in numeric order; no field of a pack is one.) For the
 * values a pack holds this is RFC 8785's JSON Canonicalization Scheme, and a pack and its parsed
 * copy have the same canonical form.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalValue(value)) ?? 'null';
}

/** "sha256-<hex>" of a text's UTF-8 bytes. */
export async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256-${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
