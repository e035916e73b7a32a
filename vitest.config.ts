import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { noInnerHtmlPlugin } from './scripts/lib/no-inner-html-plugin';
import { referencePlugin } from './scripts/lib/reference-plugin';

export default defineConfig({
  // The official series resolve in tests as in the build (virtual:crosscheck-reference, -info).
  plugins: [WxtVitest(), noInnerHtmlPlugin(), referencePlugin()],
  // Readability.js itself, not the package's index (which `require`s it past every plugin), so the
  // tests run the rewritten Readability the extension ships.
  resolve: { alias: [{ find: /^@mozilla\/readability$/, replacement: resolve(import.meta.dirname, 'tests/unit/support/readability-entry.ts') }] },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/fuzz/**/*.test.ts'],
    testTimeout: 60_000,
    // The interface's English messages (public/_locales/en), as a browser in English gives them.
    setupFiles: ['tests/unit/support/english-interface.ts'],
    // Run Readability and Preact through the same rewrite as the extension build.
    server: { deps: { inline: ['@mozilla/readability', 'preact'] } },
  },
});
