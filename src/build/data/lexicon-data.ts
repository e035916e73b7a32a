/**
 * src/corpus/lexicon-data.json: the related-report matcher's tables, read by src/corpus/normalize.ts,
 * term-weights.ts and build-index.ts. Beyond shape: shares are in (0, 1], an `f:<measure>` key
 * names a measure of measures.json, no word (hyphens dropped, as normalize.ts looks it up) is in
 * two synonym groups, and words are lower-case (they are compared with folded, lower-cased text).
 */
import * as v from 'valibot';
import { byCodePoint, Comment, ordered, sortedRecord, sortedSet, StringSet, Text } from './common';
import type { DataContext, DataFileSpec } from './data-file';
import type { MeasuresData } from './measures';
import type { Problem } from './problems';

const FILE = 'src/corpus/lexicon-data.json';
const MEASURES_FILE = 'src/figures/measures.json';

const Lower = v.pipe(Text, v.check((s) => s === s.toLowerCase(), 'must be lower-case'));
const LowerSet = v.pipe(StringSet, v.checkItems((s) => s === s.toLowerCase(), 'must be lower-case'));
const Share = v.pipe(v.number(), v.check((n) => n > 0 && n <= 1, 'expected a share in (0, 1]'));

/** The schema of lexicon-data.json. */
export const LexiconDataSchema = v.strictObject({
  $comment: Comment,
  generic: v.record(Lower, Share),
  synonyms: v.array(v.pipe(LowerSet, v.minLength(2, 'a synonym group needs at least two words'))),
  aliases: v.record(Lower, Lower),
  honorifics: LowerSet,
});

/** The file as the schema describes it. */
export type LexiconDataData = v.InferOutput<typeof LexiconDataSchema>;

function check(d: LexiconDataData, ctx: DataContext): Problem[] {
  const problems: Problem[] = [];
  const measures = ctx.parsed.get(MEASURES_FILE) as MeasuresData | undefined;
  if (measures) {
    const keys = new Set(measures.measures.map((m) => m.key));
    for (const k of Object.keys(d.generic)) {
      if (k.startsWith('f:') && !keys.has(k.slice(2))) problems.push({ file: FILE, entry: `share "${k}"`, field: `generic.${k}`, message: `unknown measure "${k.slice(2)}" (not in ${MEASURES_FILE})` });
    }
  }
  const head = new Map<string, string>();
  for (const group of d.synonyms) {
    const first = group[0] ?? '';
    for (const w of group) {
      const key = w.replace(/-/g, '');
      const prior = head.get(key);
      if (prior !== undefined && prior !== first) problems.push({ file: FILE, entry: `synonym group "${first}"`, field: 'synonyms', message: `"${w}" is also in group "${prior}"` });
      else head.set(key, first);
    }
  }
  return problems;
}

/**
 * Canonical form. `generic` keeps its order: two keys may fold to one feature ("us" and "united
 * states" are one name) and term-weights.ts lets the later set its share. Sorted: each synonym
 * group after its head (the head, first, is what the others fold to), the groups by head, the
 * aliases by key and the honorifics (lookup tables: order means nothing).
 */
function canonical(d: LexiconDataData): LexiconDataData {
  const synonyms = d.synonyms
    .map(([first = '', ...rest]) => [first, ...sortedSet(rest).filter((w) => w !== first)])
    .sort((a, b) => byCodePoint(a[0] ?? '', b[0] ?? ''));
  return ordered({ ...d, synonyms, aliases: sortedRecord(d.aliases), honorifics: sortedSet(d.honorifics) }, ['$comment', 'generic', 'synonyms', 'aliases', 'honorifics']);
}

/** lexicon-data.json: schema, checks, canonical form. */
export const LEXICON_DATA: DataFileSpec<LexiconDataData> = {
  path: FILE,
  schema: LexiconDataSchema,
  nouns: { generic: 'share', synonyms: 'synonym group', aliases: 'alias', honorifics: 'honorific' },
  check,
  canonical,
};
