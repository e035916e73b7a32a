/**
 * Remembered answers about words, bounded: a page says the same few thousand words again and
 * again, so the reader asks about each once; a map that grows past {@link MEMO_MAX} words (a page
 * of many distinct words, or a long session) is emptied and starts again.
 */
export const MEMO_MAX = 20_000;

/** Puts `value` in `map` under `key` (emptying a full map first) and returns it. */
export function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= MEMO_MAX) map.clear();
  map.set(key, value);
  return value;
}
