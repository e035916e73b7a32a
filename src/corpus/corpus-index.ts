/**
 * The corpus as the extension bundles it, in three parts: the search index (build-index.ts), the
 * catalogue of what results show and compare (titles, publishers, dates, figures;
 * report-catalogue.ts) and the full texts (report-texts.ts). All three are strings and packed
 * integers, so loading them is parsing, and no report is held as objects. Compiled at build time
 * by scripts/lib/corpus-plugin.ts.
 */
import type { CompiledReport, Report } from '../types';
import { extractFigures } from '../figures/extract-figures';
import { findTerms } from '../topic/detect-topic';
import { buildIndex, type CorpusIndexData } from './build-index';
import { packCatalogue, type CatalogueData } from './report-catalogue';
import { packTexts, type PackedTextsData } from './report-texts';

/** What the extension bundles. */
export interface CompiledCorpus {
  version: 2;
  /** Serialized search index ({@link CorpusIndexData}; fuse.js name blocks for `Fuse.parseIndex`), built at build time. Holds no report text. */
  index: CorpusIndexData;
  /** Each report's id, title, publisher, date, url and figures. */
  catalogue: CatalogueData;
  /** Each report's full text, read when a report is searched in or opened. */
  texts: PackedTextsData;
}

/** Precomputes each report's figures and terms. Runs at build time (and in Node for the CLI). */
export function compileReports(reports: readonly Report[]): CompiledReport[] {
  return reports.map((r) => ({ ...r, figures: extractFigures(r.text), terms: findTerms(`${r.title}\n${r.text}`) }));
}

/** Packs compiled reports into the bundled corpus: the search index, the catalogue and the texts. */
export function packCorpus(compiled: readonly CompiledReport[]): CompiledCorpus {
  return { version: 2, index: buildIndex(compiled), catalogue: packCatalogue(compiled), texts: packTexts(compiled.map((r) => r.text)) };
}

/** Compiles reports into the bundled corpus: figures, terms, then {@link packCorpus}. */
export function compileCorpus(reports: readonly Report[]): CompiledCorpus {
  return packCorpus(compileReports(reports));
}
