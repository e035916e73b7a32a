import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileReferenceFromDir, REFERENCE_DIR } from '../../src/build/reference/compile-reference';
import { seriesInfo } from '../../src/reference/series-info';

/** The module id that gives the compiled official series (src/reference/format.ts `CompiledReference`). */
export const REFERENCE_MODULE = 'virtual:crosscheck-reference';
/** The module id that describes the bundled series without their values (src/reference/series-info.ts). */
export const REFERENCE_INFO_MODULE = 'virtual:crosscheck-reference-info';
const RESOLVED = `\0${REFERENCE_MODULE}`;
const RESOLVED_INFO = `\0${REFERENCE_INFO_MODULE}`;

/** The measure labels of src/figures/measures.json, by key. */
function measureLabels(root: string): (measure: string) => string {
  const file = JSON.parse(readFileSync(join(root, 'src', 'figures', 'measures.json'), 'utf8')) as { measures: { key: string; label: string }[] };
  const labels = new Map(file.measures.map((m) => [m.key, m.label]));
  return (measure) => labels.get(measure) ?? measure;
}

/**
 * Compiles data/reference/ into the official series the extension bundles, at build time
 * (src/build/reference/): validated like the data files, so a bad row fails the build with the
 * file, row and field named. Nothing is fetched at run time. Only the modules that import
 * {@link REFERENCE_MODULE} carry the values.
 */
export function referencePlugin(dir = REFERENCE_DIR, root = resolve(import.meta.dirname, '..', '..')): Plugin {
  return {
    name: 'crosscheck-reference',
    resolveId(id) {
      if (id === REFERENCE_MODULE) return RESOLVED;
      if (id === REFERENCE_INFO_MODULE) return RESOLVED_INFO;
      return undefined;
    },
    load(id) {
      if (id !== RESOLVED && id !== RESOLVED_INFO) return undefined;
      this.addWatchFile(dir);
      const reference = compileReferenceFromDir(dir);
      const value = id === RESOLVED ? reference : seriesInfo(reference, measureLabels(root));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}
