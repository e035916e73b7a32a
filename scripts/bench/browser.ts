/**
 * Hook for issue 5: timings of the same engine inside a real browser (the built extension under
 * Playwright). `npm run bench` prints this section after the Node one. Not measured yet: returns
 * null, and the section says so.
 */

/** A printed section of the benchmark report, or null when there is nothing to show. */
export async function browserSection(): Promise<string | null> {
  return null;
}
