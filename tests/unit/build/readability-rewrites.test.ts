/** The unit tests run the Readability the extension ships: the build's rewrites applied. */
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';

describe('Readability under test', () => {
  it('is the rewritten one: no innerHTML restore of the page between attempts', () => {
    const source = String((Readability.prototype as unknown as { _grabArticle: () => void })._grabArticle);
    expect(source).not.toMatch(/\.innerHTML\s*=/);
    expect(source).toMatch(/_freshPage/);
  });
});
