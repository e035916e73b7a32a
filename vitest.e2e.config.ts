import { defineConfig } from 'vitest/config';

/** End-to-end suites: real browsers, one file at a time (the machine has two cores). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
