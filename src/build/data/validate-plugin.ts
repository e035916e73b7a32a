/**
 * A Vite plugin that validates every data file (see data-files.ts) when a build starts, and fails
 * the build with one line per problem. It runs in Node at build time only: nothing it imports
 * (valibot included) reaches a bundle.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { assertDataValid, DATA_FILES } from './data-files';

/** Validates the data files under `root` (the repository) at `buildStart`. */
export function validateDataPlugin(root = resolve(import.meta.dirname, '..', '..', '..')): Plugin {
  return {
    name: 'crosscheck-validate-data',
    buildStart() {
      for (const spec of DATA_FILES) this.addWatchFile(resolve(root, spec.path));
      assertDataValid(root);
    },
  };
}
