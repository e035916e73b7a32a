/**
 * `@mozilla/readability` as the unit tests load it: its Readability.js straight, so the build's
 * rewrites (scripts/lib/no-inner-html-plugin.ts) apply to it as they do in the extension. The
 * package's index.js loads that file with a plain `require`, which no Vite plugin sees.
 */
// @ts-expect-error -- the package types only its index; this file is what the index re-exports.
import Readability from '@mozilla/readability/Readability.js';

export { Readability };
