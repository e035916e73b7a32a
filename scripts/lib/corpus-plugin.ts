import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileCorpus } from '../../src/build/corpus/corpus-index';
import { loadReportsFromDir } from './read-seeds';

/** The module id the background imports to get the compiled corpus. */
export const CORPUS_MODULE = 'virtual:crosscheck-corpus';
const RESOLVED = `\0${CORPUS_MODULE}`;

/**
 * Compiles seeds/ into the corpus the extension bundles, at build time: the serialized search
 * index, the catalogue (titles, publishers, dates, figures) and the packed texts
 * (src/build/corpus/corpus-index.ts). Nothing is fetched or indexed at run time.
 */
export function corpusPlugin(seedsDir = resolve(import.meta.dirname, '..', '..', 'seeds')): Plugin {
  return {
    name: 'crosscheck-corpus',
    resolveId(id) {
      return id === CORPUS_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(seedsDir);
      const corpus = compileCorpus(loadReportsFromDir(seedsDir));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(corpus))});`;
    },
  };
}
