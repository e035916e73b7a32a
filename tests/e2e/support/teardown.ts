/**
 * Closing what a suite opened, whatever happened before: in `afterAll`, after a failed `beforeAll`
 * or test too. Each close is guarded on its own (one that throws or hangs does not skip the
 * others), a close of something never opened is a no-op, and problems are logged, not thrown: a
 * browser that is slow to exit is not a failure of the product under test.
 */

/** Resolves with `p`, or rejects after `ms` with a message naming `what`. */
export async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: still not done after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** One thing to close: a name for the log, and how to close it (null/undefined when it never opened). */
export type Closer = readonly [name: string, close: (() => unknown) | null | undefined];

/** Runs every close in order, each with its own guard and time limit. Never throws. */
export async function closeEach(closers: readonly Closer[], timeoutMs = 60_000): Promise<void> {
  for (const [name, close] of closers) {
    if (!close) continue;
    try {
      await within(Promise.resolve().then(close), timeoutMs, `closing ${name}`);
    } catch (err) {
      console.warn(`teardown: closing ${name} failed: ${(err as Error)?.message ?? String(err)}`);
    }
  }
}
