import type { CompiledReport, Report } from '../types';
import { extractFigures } from '../figures/extract-figures';
import { findTerms } from '../topic/detect-topic';

/** What the extension bundles: the reports with their precomputed figures and terms, plus the search index. */
export interface CompiledCorpus {
  version: 1;
  reports: CompiledReport[];
  /** Serialized search index (fuse.js `FuseIndex.toJSON()`), built at build time. */
  index: unknown;
}

/** Precomputes each report's figures and terms. Runs at build time (and in Node for the CLI). */
export function compileReports(reports: readonly Report[]): CompiledReport[] {
  return reports.map((r) => ({ ...r, figures: extractFigures(r.text), terms: findTerms(`${r.title}\n${r.text}`) }));
}

/** Compiles reports into the bundled corpus. PLACEHOLDER index: the matching work replaces it. */
export function compileCorpus(reports: readonly Report[]): CompiledCorpus {
  return { version: 1, reports: compileReports(reports), index: null };
}
