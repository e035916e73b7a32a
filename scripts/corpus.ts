/**
 * `npm run --silent corpus -- pack DIR... --out FILE [--title T] [--texts]`: builds a corpus pack
 * (src/corpus/pack.ts) from folders of .txt reports in the seeds' format and .html pages.
 *
 * Each file is read and analysed by the engine the analyze CLI runs (readPlainText / readArticle,
 * analyzeArticle with the compiled official series, which dates an undated page from its toll),
 * and each Gaza-war article becomes a library entry. A .txt file takes what it lacks from the
 * folder's reports.json, read leniently as `analyze --corpus` reads it (each gap one warning line).
 * A file that is not a Gaza-war article, or that has no http(s) URL (in reports.json or the page),
 * is left out with a warning line naming it. Standard output stays empty; warnings and a one-line
 * summary go to standard error. Exit status: 2 on a usage error, 1 when something could not be
 * read or nothing was packed, else 0.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyzeArticle } from '../src/analysis/analyze-article';
import { libraryEntryOf } from '../src/analysis/library-entry';
import { readArticle, readPlainText } from '../src/article/read-article';
import { reportId, UNKNOWN_PUBLISHER } from '../src/build/corpus/build-reports';
import { compileCorpus } from '../src/build/corpus/corpus-index';
import { compileReferenceFromDir } from '../src/build/reference/compile-reference';
import { loadCorpus } from '../src/corpus/match-reports';
import { buildPack, checkPackSize, PackError, type PackReport } from '../src/corpus/pack';
import { loadReference, type ReferenceSet } from '../src/reference/format';
import type { Article, Report } from '../src/types';
import { parseHtml } from './lib/dom';
import { loadReportsFromDir } from './lib/read-seeds';

const USAGE = 'usage: npm run --silent corpus -- pack DIR... --out FILE [--title T] [--texts]\n';

/** What `pack` was asked to do. */
interface PackArgs {
  dirs: string[];
  out: string;
  title: string | null;
  texts: boolean;
}

/** The arguments of `pack`, or a usage error's message. */
function parsePackArgs(argv: readonly string[]): PackArgs | string {
  const args: PackArgs = { dirs: [], out: '', title: null, texts: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--out' || a === '--title') {
      const value = argv[++i];
      if (value === undefined || value === '') return `${a} needs a value`;
      if (a === '--out') args.out = value;
      else args.title = value;
    } else if (a === '--texts') args.texts = true;
    else if (a === '--help' || a === '-h') return 'help';
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else args.dirs.push(a);
  }
  if (args.dirs.length === 0) return 'no folder given';
  if (!args.out) return '--out FILE is required';
  const notDir = args.dirs.find((d) => !isDir(d));
  return notDir === undefined ? args : `${notDir} is not a folder`;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** One file to read: its path, and for a .txt the report its folder's metadata made of it. */
interface Source {
  file: string;
  kind: 'txt' | 'html';
  report?: Report;
}

/** A folder's .txt and .html files, in name order; .txt files joined with reports.json leniently. */
function sourcesOf(dir: string, log: Log): Source[] {
  const reports = new Map(loadReportsFromDir(dir, { lenient: true, warn: log.warn, error: log.error }).map((r) => [r.id, r]));
  const names = readdirSync(dir).sort();
  const sources: Source[] = [];
  for (const name of names) {
    const file = join(dir, name);
    if (/\.txt$/i.test(name)) {
      const report = reports.get(reportId(name));
      if (report) sources.push({ file, kind: 'txt', report }); // else buildReports said why ("no text; left out")
    } else if (/\.html?$/i.test(name)) sources.push({ file, kind: 'html' });
  }
  return sources;
}

/** The article of a source: a .txt read as the analyze CLI reads it, then filled from its metadata. */
function articleOf(source: Source): Article {
  const raw = readFileSync(source.file, 'utf8');
  if (source.kind === 'html') return readArticle(parseHtml(raw), {});
  const article = readPlainText(raw, {});
  const r = source.report;
  if (!r) return article;
  return {
    ...article,
    title: article.title ?? r.title,
    date: article.date ?? (r.date || null),
    publisher: article.publisher ?? (r.publisher === UNKNOWN_PUBLISHER ? null : r.publisher),
    url: article.url ?? (r.url || null),
  };
}

interface Log {
  warn: (message: string) => void;
  error: (message: string) => void;
}

/** The pack reports of the Gaza-war articles among the sources; each one left out is one warning. */
function packReports(sources: readonly Source[], reference: ReferenceSet, keptAt: number, texts: boolean, log: Log): PackReport[] {
  const empty = loadCorpus(compileCorpus([])); // the entry needs no related reports
  const byUrl = new Map<string, string>();
  const out: PackReport[] = [];
  for (const source of sources) {
    let article: Article;
    try {
      article = articleOf(source);
    } catch (err) {
      log.error(`${source.file}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    const analysis = analyzeArticle(article, empty, 0, reference);
    if (!analysis.topic.gaza) {
      log.warn(`${source.file}: not a Gaza-war article; left out`);
      continue;
    }
    const entry = libraryEntryOf(analysis, keptAt, article.url);
    if (!entry) {
      log.warn(`${source.file}: no http(s) URL (give one in reports.json, or the page's canonical link); left out`);
      continue;
    }
    const first = byUrl.get(entry.url);
    if (first !== undefined) {
      log.warn(`${source.file}: same URL as ${first} (${entry.url}); left out`);
      continue;
    }
    byUrl.set(entry.url, source.file);
    out.push(texts ? { ...entry, text: article.text } : entry);
  }
  return out;
}

const generator = (): string => {
  const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };
  return `Crosscheck ${version} corpus CLI`;
};

/** `pack`: reads the folders, writes the pack. Returns the exit status. */
async function pack(argv: readonly string[]): Promise<number> {
  const args = parsePackArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(args === 'help' ? USAGE : `error: ${args}\n${USAGE}`);
    return 2;
  }
  let status = 0;
  let warnings = 0;
  const log: Log = {
    warn: (m) => { warnings++; process.stderr.write(`warning: ${m}\n`); },
    error: (m) => { status = 1; process.stderr.write(`error: ${m}\n`); },
  };
  const t0 = performance.now();
  const reference = loadReference(compileReferenceFromDir());
  const created = new Date();
  const sources = args.dirs.flatMap((d) => sourcesOf(d, log));
  const reports = packReports(sources, reference, created.getTime(), args.texts, log);
  if (reports.length === 0) {
    process.stderr.write(`error: no Gaza-war article with a URL in ${args.dirs.join(', ')}; nothing written\n`);
    return 1;
  }
  const title = args.title ?? args.dirs.map((d) => basename(resolve(d))).join(', ');
  const text = await buildPack(reports, { title, generator: generator() }, created);
  const bytes = Buffer.byteLength(text);
  try {
    checkPackSize(bytes);
  } catch (err) {
    process.stderr.write(`error: ${(err as PackError).message} Nothing written.\n`);
    return 1;
  }
  writeFileSync(args.out, text);
  process.stderr.write(`pack: ${reports.length} reports${args.texts ? ' with texts' : ''} from ${sources.length} files (${warnings} warnings) → ${args.out}, ${(bytes / 1024).toFixed(1)} KB, in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return status;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'pack') return pack(rest);
  process.stderr.write(command === undefined || command === '--help' || command === '-h' ? USAGE : `error: unknown command ${command}\n${USAGE}`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
