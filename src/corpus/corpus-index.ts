/**
 * The corpus as the extension bundles it: reports with their precomputed figures and terms, and the
 * serialized search index (build-index.ts). Compiled at build time by scripts/lib/corpus-plugin.ts.
 */
import type { CompiledReport, Report } from '../types';
import { extractFigures } from '../figures/extract-figures';
import { findTerms } from '../topic/detect-topic';
import { buildIndex, type CorpusIndexData } from './build-index';

/** What the extension bundles: the reports with their precomputed figures and terms, plus the search index. */
export interface CompiledCorpus {
  version: 1;
  reports: CompiledReport[];
  /** Serialized search index ({@link CorpusIndexData}, with fuse.js `FuseIndex.toJSON()` blocks), built at build time. */
  index: CorpusIndexData;
}

/** Precomputes each report's figures and terms. Runs at build time (and in Node for the CLI). */
export function compileReports(reports: readonly Report[]): CompiledReport[] {
  return reports.map((r) => ({ ...r, figures: extractFigures(r.text), terms: findTerms(`${r.title}\n${r.text}`) }));
}

/** Compiles reports into the bundled corpus: figures, terms and the search index. */
export function compileCorpus(reports: readonly Report[]): CompiledCorpus {
  const compiled = compileReports(reports);
  return { version: 1, reports: compiled, index: buildIndex(compiled) };
}
