/**
 * `npm run --silent analyze -- [--corpus DIR|PACK] FILE...`: runs Crosscheck's engine on HTML pages
 * or plain-text articles and prints one JSON line per file (../shared/analyze-contract.md).
 * Standard output carries only those lines; warnings go to standard error. `--corpus` takes a
 * folder in the seeds' format, or a corpus pack file (src/corpus/pack.ts), read as the extension
 * reads the reader's library: a library segment of its reports, ids `library:<url>`.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeArticle, reportFrom, type ComparedReport } from '../src/analysis/analyze-article';
import { reportOfEntry, type LibraryEntry } from '../src/analysis/library-entry';
import { toContract } from '../src/analysis/contract';
import { readArticle, readPlainText } from '../src/article/read-article';
import { compileCorpus } from '../src/build/corpus/corpus-index';
import { compileReferenceFromDir } from '../src/build/reference/compile-reference';
import { loadReference } from '../src/reference/format';
import { libraryIndex, libraryReportId } from '../src/corpus/library-index';
import { loadCorpus, type LoadedCorpus } from '../src/corpus/match-reports';
import { checkPackSize, readPack } from '../src/corpus/pack';
import { readEntry } from '../src/platform/library-schema';
import { parseHtml } from './lib/dom';
import { loadReportsFromDir } from './lib/read-seeds';
import { withSidecarMetadata } from './lib/report-sidecar';

const HTML_HINT = /^\s*(?:<!doctype html|<html|<head|<body|<meta|<!--)/i;

function usage(): never {
  process.stderr.write('usage: npm run --silent analyze -- [--corpus DIR|PACK] FILE...\n');
  process.exit(2);
}

/** A corpus to match against, and how its same-story reports are read for comparison. */
interface CorpusArg {
  corpus: LoadedCorpus;
  read: (id: string) => ComparedReport | null;
  /** What was loaded, for the status line ("3 reports from seeds/"). */
  what: string;
}

/** Logs of corpus loading: warnings, and errors that make the exit status 1. */
interface Log {
  warn: (message: string) => void;
  error: (message: string) => void;
}

/**
 * A folder in the seeds' format. One given on the command line is read leniently: each gap in its
 * metadata is one warning line, and a reports.json that cannot be used is one error line, never a
 * stack trace.
 */
function folderCorpus(dir: string, bundled: boolean, log: Log): CorpusArg {
  const reports = bundled ? loadReportsFromDir(dir) : loadReportsFromDir(dir, { lenient: true, ...log });
  const corpus = loadCorpus(compileCorpus(reports));
  return { corpus, read: (id) => reportFrom(corpus, id), what: `${corpus.size} reports from ${dir}` };
}

/**
 * A corpus pack, matched as the extension matches the reader's library: a library segment of its
 * reports alone (no bundled corpus beside it), whose same-story articles are rebuilt from their
 * entries for comparison. Its size is checked before it is read.
 */
async function packCorpus(file: string): Promise<CorpusArg> {
  checkPackSize(statSync(file).size);
  const pack = await readPack(readFileSync(file, 'utf8'), { validate: readEntry });
  const byId = new Map<string, LibraryEntry>(pack.reports.map((r) => [libraryReportId(r.url), r]));
  const corpus = libraryIndex(byId.values(), null);
  const read = (id: string): ComparedReport | null => {
    const entry = byId.get(id);
    return entry ? reportOfEntry(entry) : null;
  };
  return { corpus, read, what: `${corpus.size} reports from pack ${file} ("${pack.meta.title}")` };
}

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

async function main(argv: string[]): Promise<number> {
  const defaultCorpus = resolve(import.meta.dirname, '..', 'seeds');
  let corpusPath = defaultCorpus;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--corpus') {
      const path = argv[++i];
      if (!path) usage();
      corpusPath = path;
    } else if (a === '--help' || a === '-h') usage();
    else files.push(a);
  }
  if (files.length === 0) usage();

  const t0 = performance.now();
  let status = 0;
  const log: Log = {
    warn: (m) => process.stderr.write(`warning: ${m}\n`),
    error: (m) => {
      process.stderr.write(`error: ${m}\n`);
      status = 1;
    },
  };
  let loaded: CorpusArg;
  try {
    loaded = isFile(corpusPath) ? await packCorpus(corpusPath) : folderCorpus(corpusPath, corpusPath === defaultCorpus, log);
  } catch (err) {
    log.error(`corpus ${corpusPath}: ${err instanceof Error ? err.message : String(err)}; analysing without it`);
    const empty = loadCorpus(compileCorpus([]));
    loaded = { corpus: empty, read: () => null, what: `0 reports from ${corpusPath}` };
  }
  const { corpus, read } = loaded;
  process.stderr.write(`corpus: ${loaded.what} in ${(performance.now() - t0).toFixed(0)} ms\n`);
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
      const analysis = analyzeArticle(article, corpus, readMs, reference, read);
      line = toContract(file, analysis, { totalMs: readMs + performance.now() - a0 });
    } catch (err) {
      status = 1;
      line = { file, error: err instanceof Error ? err.message : String(err) };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return status;
}

process.exitCode = await main(process.argv.slice(2));
