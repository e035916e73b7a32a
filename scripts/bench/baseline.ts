/**
 * The naive baseline the matcher must beat: fuse.js over every report's full text, queried with
 * the page's title. This is what "use Fuse for related reports" gives without an index design.
 */
import Fuse from 'fuse.js';
import type { Report } from '../../src/types';

/** Options a straightforward full-text Fuse setup would use. */
const OPTIONS = { keys: ['title', 'text'], includeScore: true, ignoreLocation: true, threshold: 0.4 };

/** A baseline searcher over `reports`. */
export function naiveBaseline(reports: readonly Report[]): (query: string) => string | null {
  const fuse = new Fuse(reports, OPTIONS);
  return (query) => fuse.search(query, { limit: 1 })[0]?.item.id ?? null;
}
