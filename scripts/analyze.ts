/**
 * `npm run --silent analyze -- [--corpus DIR] FILE...`: runs Crosscheck's engine on HTML pages or
 * plain-text articles and prints one JSON line per file (../shared/analyze-contract.md).
 * Standard output carries only those lines; warnings go to standard error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeArticle } from '../src/analysis/analyze-article';
import { toContract } from '../src/analysis/contract';
import { readArticle, readPlainText } from '../src/article/read-article';
import { compileCorpus } from '../src/build/corpus/corpus-index';
import { compileReferenceFromDir } from '../src/build/reference/compile-reference';
import { loadReference } from '../src/reference/format';
import { loadCorpus, type LoadedCorpus } from '../src/corpus/match-reports';
import { parseHtml } from './lib/dom';
import { loadReportsFromDir } from './lib/read-seeds';
import { withSidecarMetadata } from './lib/report-sidecar';

const HTML_HINT = /^\s*(?:<!doctype html|<html|<head|<body|<meta|<!--)/i;

function usage(): never {
  process.stderr.write('usage: npm run --silent analyze -- [--corpus DIR] FILE...\n');
  process.exit(2);
}

function main(argv: string[]): number {
  const defaultCorpus = resolve(import.meta.dirname, '..', 'seeds');
  let corpusDir = defaultCorpus;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--corpus') {
      const dir = argv[++i];
      if (!dir) usage();
      corpusDir = dir;
    } else if (a === '--help' || a === '-h') usage();
    else files.push(a);
  }
  if (files.length === 0) usage();

  const t0 = performance.now();
  let status = 0;
  let corpus: LoadedCorpus;
  try {
    // A corpus given on the command line is read leniently: each gap in its metadata is one
    // warning line, and a reports.json that cannot be used is one error line, never a stack trace.
    const reports = corpusDir === defaultCorpus
      ? loadReportsFromDir(corpusDir)
      : loadReportsFromDir(corpusDir, {
        lenient: true,
        warn: (m) => process.stderr.write(`warning: ${m}\n`),
        error: (m) => {
          process.stderr.write(`error: ${m}\n`);
          status = 1;
        },
      });
    corpus = loadCorpus(compileCorpus(reports));
  } catch (err) {
    process.stderr.write(`error: corpus ${corpusDir}: ${err instanceof Error ? err.message : String(err)}; analysing without it\n`);
    corpus = loadCorpus(compileCorpus([]));
    status = 1;
  }
  process.stderr.write(`corpus: ${corpus.size} reports from ${corpusDir} in ${(performance.now() - t0).toFixed(0)} ms\n`);
  // The official series, compiled from the vendored datasets as the build does.
  const reference = loadReference(compileReferenceFromDir());

  for (const file of files) {
    let line: Record<string, unknown>;
    try {
      const bytes = readFileSync(file);
      const raw = bytes.toString("utf8");
      const r0 = performance.now();
      const article = HTML_HINT.test(raw) || /\.html?$/i.test(file)
        ? readArticle(parseHtml(raw), {})
        : withSidecarMetadata(file, raw, readPlainText(raw, {}));
      const readMs = performance.now() - r0;
      const a0 = performance.now();
      const analysis = analyzeArticle(article, corpus, readMs, reference);
      line = toContract(file, analysis, { totalMs: readMs + performance.now() - a0 });
    } catch (err) {
      status = 1;
      line = { file, error: err instanceof Error ? err.message : String(err) };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
