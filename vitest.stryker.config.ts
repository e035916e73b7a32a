import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * Vitest configuration for mutation testing (`npm run mutate`, see stryker.config.mjs).
 *
 * The same plugins and inlining as vitest.config.ts, but only the unit tests: the fuzz suite
 * (tests/fuzz) is randomised and slow, and the end-to-end suites need browsers, so neither may
 * decide whether a mutant lives.
 *
 * Test files share their workers' module cache (`isolate: false`): Stryker reruns the covering
 * test files for every mutant, and re-importing the engine and recompiling the seed corpus for
 * each was most of the run on a shared two-core machine (scoring: about 8 s a mutant before, 3 s
 * after). The price: a mutant in module-level code (a constant table such as explain.ts's month
 * names, or a value cached on first use such as its number formatter) is not re-evaluated, so it
 * is reported as surviving though the tests kill it. Read such survivors in the report with that
 * in mind, or set `isolate: true` for an exact, slower run.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    isolate: false,
  },
});
