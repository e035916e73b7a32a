import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * Vitest configuration for mutation testing (`npm run mutate`, see stryker.config.mjs).
 *
 * The same plugins and inlining as vitest.config.ts, but only the unit tests: the fuzz suite
 * (tests/fuzz) is randomised and slow, and the end-to-end suites need browsers, so neither may
 * decide whether a mutant lives.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
  },
});
