/**
 * src/language/function-words.json: the words and letters that tell languages apart, read by
 * src/language/detect-language.ts. Beyond shape: every Latin-script language the engine reads
 * has a list of at least ten words; no word is listed for two of the engine's languages (it
 * would count for both, and so tell neither); words are lower-case letters, as the detector
 * compares them; the letters of other languages are single letters of the Arabic or Hebrew script.
 */
import * as v from 'valibot';
import type { FunctionWordsFile } from '../../language/detect-language';
import { LANGUAGES } from '../../language/languages';
import { claimedTwice, Comment, ordered, sortedRecord, sortedSet, StringSet } from './common';
import type { Assignable, DataFileSpec } from './data-file';
import type { Problem } from './problems';

const FILE = 'src/language/function-words.json';

/** The engine's languages written in Latin script: each needs function words. */
const LATIN = LANGUAGES.filter((l) => l !== 'ar' && l !== 'he');
const MIN_WORDS = 10;

const Words = v.pipe(StringSet, v.checkItems((w) => /^[\p{Ll}]+$/u.test(w), 'must be lower-case letters only'));
const letters = (re: RegExp, script: string) => v.pipe(StringSet, v.checkItems((c) => [...c].length === 1 && re.test(c), `must be one letter of the ${script} script`));

/** The schema of function-words.json. */
export const FunctionWordsSchema = v.strictObject({
  $comment: Comment,
  words: v.record(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'expected a language code ("fr")')), Words),
  notArabic: letters(/^[\u0600-\u06ff]$/, 'Arabic'),
  notHebrew: letters(/^[\u0590-\u05ff]$/, 'Hebrew'),
});

/** The file as the schema describes it. */
export type FunctionWordsData = v.InferOutput<typeof FunctionWordsSchema>;
type _Reads = Assignable<FunctionWordsData, FunctionWordsFile>;

function check(f: FunctionWordsData): Problem[] {
  const problems: Problem[] = [];
  for (const lang of LATIN) {
    const n = f.words[lang]?.length ?? 0;
    if (n < MIN_WORDS) problems.push({ file: FILE, entry: `language "${lang}"`, field: 'words', message: `needs at least ${MIN_WORDS} words (has ${n})` });
  }
  const ours = LATIN.map((lang) => ({ entry: `language "${lang}"`, values: f.words[lang] ?? [] }));
  return [...problems, ...claimedTwice(FILE, 'words', ours)];
}

/** Canonical form: everything sorted (the detector counts words; their order means nothing). */
function canonical(f: FunctionWordsData): FunctionWordsData {
  const words = Object.fromEntries(Object.entries(sortedRecord(f.words)).map(([k, list]) => [k, sortedSet(list)]));
  return ordered({ ...f, words, notArabic: sortedSet(f.notArabic), notHebrew: sortedSet(f.notHebrew) }, ['$comment', 'words', 'notArabic', 'notHebrew']);
}

/** function-words.json: schema, checks, canonical form. */
export const FUNCTION_WORDS: DataFileSpec<FunctionWordsData> = {
  path: FILE,
  schema: FunctionWordsSchema,
  nouns: { words: 'language' },
  check,
  canonical,
};
