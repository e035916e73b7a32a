/**
 * src/figures/numbers/<lang>.json: how each language writes numbers, read by
 * src/figures/numbers/number-language.ts. One spec per language, all with one schema. Beyond
 * shape: no two words of a file fold to the same word as the reader folds them (foldWord: case,
 * Arabic hamza and harakat, Hebrew niqqud), since the second would silently replace the first;
 * the standalone scales are scales and the ambiguous words are cardinals or hundreds; a
 * separator that groups is a comma, a dot or a space (or, read only before three digits, an
 * apostrophe, ’ or the Arabic comma ،) and one that marks decimals a comma or a dot.
 */
import * as v from 'valibot';
import type { NumberLanguageFile } from '../../figures/numbers/number-language';
import { phraseParts } from '../../figures/numbers/number-language';
import { foldWord } from '../../figures/numbers/tokens';
import { LANGUAGES, type Lang } from '../../language/languages';
import { Comment, ordered, sortedRecord, sortedSet, StringSet, Text } from './common';
import type { Assignable, DataFileSpec } from './data-file';
import type { Problem } from './problems';

const fileOf = (lang: Lang): string => `src/figures/numbers/${lang}.json`;

const Word = v.pipe(Text, v.check((w) => w === w.toLowerCase(), 'must be lower-case'), v.check((w) => !/\s/.test(w), 'must be one word'));
const Words = v.pipe(StringSet, v.checkItems((w) => w === w.toLowerCase() && !/\s/.test(w), 'must be one lower-case word'));
const Phrase = v.pipe(Text, v.check((w) => w === w.toLowerCase(), 'must be lower-case'), v.check((w) => phraseParts(w).length <= 4, 'at most four words'));
const Phrases = v.pipe(StringSet, v.checkItems((w) => w === w.toLowerCase() && phraseParts(w).length <= 4, 'must be a lower-case phrase of at most four words'));
const Cardinal = v.pipe(v.number(), v.integer('expected a whole number'), v.check((n) => n >= 1 && (n < 100 || (n <= 900 && n % 100 === 0)), 'expected 1 to 99, or a hundreds from 100 to 900'));
const SCALES = [1e3, 1e6, 1e9, 2e3, 2e6, 2e9];
const Scale = v.pipe(v.number(), v.check((n) => SCALES.includes(n), 'expected a thousand, a million or a billion, or twice one (a dual: "ألفين")'));
const Letters = v.pipe(StringSet, v.checkItems((c) => [...c].length === 1, 'must be one letter'));
const unique = <T>(list: readonly T[]): boolean => new Set(list).size === list.length;

/** The schema of a language's number file. */
export const NumberFormatSchema = v.strictObject({
  $comment: v.pipe(Text, v.minLength(80, 'say how this language\'s news writes numbers, from real pages')),
  digits: v.strictObject({
    $comment: Comment,
    group: v.pipe(v.array(v.picklist([',', '.', ' ', "'", '\u2019', '\u060c'])), v.check(unique, 'lists a separator twice')),
    decimal: v.pipe(v.array(v.picklist([',', '.'])), v.check(unique, 'lists a separator twice')),
  }),
  cardinals: v.record(Phrase, Cardinal),
  hundreds: Words,
  scales: v.record(Word, Scale),
  standalone: Words,
  connectors: Words,
  prefixes: v.optional(Letters),
  onesBeforeTens: v.optional(v.boolean()),
  tensWithTeens: v.optional(v.pipe(v.array(v.pipe(v.number(), v.check((n) => n >= 20 && n <= 90 && n % 10 === 0, 'expected a tens from 20 to 90'))), v.check(unique, 'lists a tens twice'))),
  compounds: v.optional(v.boolean()),
  joinRemainder: v.optional(v.boolean()),
  ambiguous: v.optional(Words),
  $vague: Comment,
  vague: v.record(Phrase, v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(2, 'expected 2 or more'))),
  between: Words,
  betweenAnd: Words,
  percent: Phrases,
  months: Words,
  dateLinks: v.optional(Words),
  yearCues: Words,
  yearSuffixes: v.optional(Words),
  timeWords: v.optional(Words),
  dottedDates: v.optional(v.strictObject({ trailingDot: v.optional(v.boolean()), after: v.optional(Words) })),
  ordinalDot: v.optional(Words),
});

/** A number file as the schema describes it. */
export type NumberFormatData = v.InferOutput<typeof NumberFormatSchema>;
type _Reads = Assignable<NumberFormatData, NumberLanguageFile>;

/** Problems for words of `lists` that fold to one word: "ألفاً" and "ألفا" are the same word to the reader. */
function foldedTwice(file: string, lists: readonly { field: string; words: readonly string[] }[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { field, words } of lists) {
    for (const w of words) {
      const key = phraseParts(w.replace(/\.$/, '')).join(' ');
      const prior = seen.get(key);
      if (prior !== undefined) problems.push({ file, entry: `word "${w}"`, field, message: `reads as the same word as ${prior}` });
      else seen.set(key, `"${w}" (${field})`);
    }
  }
  return problems;
}

function checkFile(file: string, d: NumberFormatData): Problem[] {
  const fold = (list: readonly string[]): Set<string> => new Set(list.map((w) => foldWord(w.replace(/\.$/, ''))));
  const scales = fold(Object.keys(d.scales));
  const counted = fold([...Object.keys(d.cardinals), ...d.hundreds]);
  const problems: Problem[] = [
    // The number words share one table: a word is one thing to the reader.
    ...foldedTwice(file, [
      { field: 'cardinals', words: Object.keys(d.cardinals) },
      { field: 'hundreds', words: d.hundreds },
      { field: 'scales', words: Object.keys(d.scales) },
      { field: 'connectors', words: d.connectors },
    ]),
    ...(['vague', 'months', 'yearCues', 'percent'] as const).flatMap((field) => foldedTwice(file, [{ field, words: Array.isArray(d[field]) ? (d[field] as string[]) : Object.keys(d[field]) }])),
  ];
  for (const w of d.standalone) if (!scales.has(foldWord(w))) problems.push({ file, entry: `word "${w}"`, field: 'standalone', message: 'is not one of the scales' });
  for (const w of d.ambiguous ?? []) if (!counted.has(foldWord(w))) problems.push({ file, entry: `word "${w}"`, field: 'ambiguous', message: 'is not one of the cardinals or hundreds' });
  if (d.compounds && Object.keys(d.cardinals).some((w) => phraseParts(w).length > 1)) problems.push({ file, entry: null, field: 'cardinals', message: 'a language of compound number words lists no cardinal of two words' });
  return problems;
}

const ORDER = [
  '$comment', 'digits', 'cardinals', 'hundreds', 'scales', 'standalone', 'connectors', 'prefixes', 'onesBeforeTens', 'tensWithTeens', 'compounds',
  'joinRemainder', 'ambiguous', '$vague', 'vague', 'between', 'betweenAnd', 'percent', 'months', 'dateLinks', 'yearCues', 'yearSuffixes', 'timeWords',
  'dottedDates', 'ordinalDot',
];
const set = (list: readonly string[] | undefined): string[] | undefined => list && sortedSet(list);

/**
 * Canonical form: every word list and table sorted (the reader looks words up; phrases are
 * tried longest first whatever their order), except the separators, kept as written: one
 * reads "group: space, dot" as the order a reviewer checks them in.
 */
function canonical(d: NumberFormatData): NumberFormatData {
  return ordered({
    ...d,
    digits: ordered(d.digits, ['$comment', 'group', 'decimal']),
    cardinals: sortedRecord(d.cardinals),
    hundreds: sortedSet(d.hundreds),
    scales: sortedRecord(d.scales),
    standalone: sortedSet(d.standalone),
    connectors: sortedSet(d.connectors),
    prefixes: set(d.prefixes),
    tensWithTeens: d.tensWithTeens && [...d.tensWithTeens].sort((a, b) => a - b),
    ambiguous: set(d.ambiguous),
    vague: sortedRecord(d.vague),
    between: sortedSet(d.between),
    betweenAnd: sortedSet(d.betweenAnd),
    percent: sortedSet(d.percent),
    months: sortedSet(d.months),
    dateLinks: set(d.dateLinks),
    yearCues: sortedSet(d.yearCues),
    yearSuffixes: set(d.yearSuffixes),
    timeWords: set(d.timeWords),
    dottedDates: d.dottedDates && ordered({ ...d.dottedDates, after: set(d.dottedDates.after) }, ['trailingDot', 'after']),
    ordinalDot: set(d.ordinalDot),
  }, ORDER);
}

/** The spec of one language's number file. */
export function numberFormatSpec(lang: Lang): DataFileSpec<NumberFormatData> {
  const file = fileOf(lang);
  return {
    path: file,
    schema: NumberFormatSchema,
    nouns: { cardinals: 'cardinal', scales: 'scale', vague: 'vague phrase' },
    check: (d) => checkFile(file, d),
    canonical,
  };
}

/** The number files of every language the engine reads. */
export const NUMBER_FORMATS: readonly DataFileSpec<NumberFormatData>[] = LANGUAGES.map(numberFormatSpec);
