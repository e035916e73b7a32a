/**
 * Every data file, validated and formatted from disk: the one entry point of the build plugin,
 * the tests and `npm run data:format`. Files are validated in the order listed, so a file whose
 * checks read another (lexicon-data.json reads the measure keys) comes after it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateValue, type DataContext, type DataFileSpec } from './data-file';
import { formatJson } from './format-json';
import { FUNCTION_WORDS } from './function-words';
import { LANGUAGE_CUES } from './language-cues';
import { LANGUAGE_LEXICONS } from './language-lexicons';
import { LEXICON_DATA } from './lexicon-data';
import { MEASURES } from './measures';
import { NAMES_FILE } from './names';
import { NEWS_SITES } from './news-sites';
import { NUMBER_FORMATS } from './number-formats';
import { problemText, type Problem } from './problems';
import { REFERENCE_SERIES } from './reference-series';
import { REPORTS } from './reports';
import { SOURCES } from './sources';
import { TOPIC_LEXICON } from './topic-lexicon';

/** The data files, in validation order. */
export const DATA_FILES: readonly DataFileSpec<unknown>[] = [MEASURES, SOURCES, TOPIC_LEXICON, LEXICON_DATA, NAMES_FILE, NEWS_SITES, REPORTS, REFERENCE_SERIES, FUNCTION_WORDS, ...NUMBER_FORMATS, ...LANGUAGE_LEXICONS, ...LANGUAGE_CUES];

/** The seed text files of `root`/seeds, by name. */
export function seedNames(root: string): string[] {
  return readdirSync(join(root, 'seeds')).filter((n) => n.toLowerCase().endsWith('.txt'));
}

/** Parses a data file's text; a syntax error is a problem of the file. */
export function parseData(path: string, text: string): { value: unknown } | { problem: Problem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (err) {
    return { problem: { file: path, entry: null, field: null, message: `not JSON: ${(err as Error).message}` } };
  }
}

/**
 * Validates every data file under `root` (or the texts given in `overrides`, by path, for tests),
 * returning the validated values by path and every problem found.
 */
export function validateAll(root: string, overrides: ReadonlyMap<string, string> = new Map()): { parsed: Map<string, unknown>; problems: Problem[] } {
  const parsed = new Map<string, unknown>();
  const ctx: DataContext = { parsed, seedNames: seedNames(root) };
  const problems: Problem[] = [];
  for (const spec of DATA_FILES) {
    const read = parseData(spec.path, overrides.get(spec.path) ?? readFileSync(join(root, spec.path), 'utf8'));
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const result = validateValue(spec, read.value, ctx);
    if (result.ok) parsed.set(spec.path, result.value);
    else problems.push(...result.problems);
  }
  return { parsed, problems };
}

/** Throws one error listing every problem of the data files under `root`. */
export function assertDataValid(root: string): void {
  const { problems } = validateAll(root);
  if (problems.length > 0) throw new Error(`Data files failed validation:\n${problems.map((p) => `  ${problemText(p)}`).join('\n')}`);
}

/** The canonical text of a validated data file. */
export function canonicalText<T>(spec: DataFileSpec<T>, value: T): string {
  return formatJson(spec.canonical(value));
}
