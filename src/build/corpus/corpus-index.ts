/**
 * Compiles reports into the corpus the extension bundles (src/corpus/format.ts): figures and terms
 * first, then the search index, the catalogue and the texts. Runs at build time, from
 * scripts/lib/corpus-plugin.ts, and in Node for the CLI and the benchmarks.
 */
import type { CompiledCorpus } from '../../corpus/format';
import { packCatalogue } from '../../corpus/report-catalogue';
import { packTexts } from '../../corpus/report-texts';
import { extractFigures } from '../../figures/extract-figures';
import { findTerms } from '../../topic/detect-topic';
import type { CompiledReport, Report } from '../../types';
import { buildIndex } from './build-index';

/** Precomputes each report's figures and terms. Runs at build time (and in Node for the CLI). */
export function compileReports(reports: readonly Report[]): CompiledReport[] {
  return reports.map((r) => ({ ...r, figures: extractFigures(r.text), terms: findTerms(`${r.title}\n${r.text}`) }));
}

/** Packs compiled reports into the bundled corpus: the search index, the catalogue and the texts. */
export function packCorpus(compiled: readonly CompiledReport[]): CompiledCorpus {
  return { version: 3, index: buildIndex(compiled), catalogue: packCatalogue(compiled), texts: packTexts(compiled.map((r) => r.text)) };
}

/** Compiles reports into the bundled corpus: figures, terms, then {@link packCorpus}. */
export function compileCorpus(reports: readonly Report[]): CompiledCorpus {
  return packCorpus(compileReports(reports));
}
