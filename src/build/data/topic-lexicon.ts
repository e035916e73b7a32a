/**
 * src/topic/lexicon.json: the topic lexicon read by src/topic/lexicon.ts. Beyond shape: canonical
 * names are unique, no spelling is listed twice even up to case, accents, apostrophes, spaces and
 * hyphens (the matcher keys spellings that way, so a second one would silently take the first's
 * place), a negative term has a topic or a sense but not both, and the whole lexicon compiles.
 */
import * as v from 'valibot';
import { compileLexicon, variantKey, type Lexicon, type TermKind } from '../../topic/lexicon';
import { Comment, ordered, sortedSet, StringSet, Text } from './common';
import type { Assignable, DataFileSpec } from './data-file';
import type { Problem } from './problems';

const FILE = 'src/topic/lexicon.json';
const KINDS = ['place', 'actor', 'event', 'people'] as const;
const Weight = v.pipe(v.number(), v.check((w) => w > 0, 'must be positive'));

const Term = v.strictObject({
  name: Text,
  kind: v.picklist(KINDS),
  weight: Weight,
  core: v.optional(v.boolean()),
  note: v.optional(Text),
  exact: v.optional(StringSet),
  variants: StringSet,
});

const Negative = v.pipe(
  v.strictObject({
    name: Text,
    topic: v.optional(Text),
    sense: v.optional(Text),
    weight: Weight,
    note: v.optional(Text),
    exact: v.optional(StringSet),
    variants: StringSet,
  }),
  v.forward(v.check((t) => (t.topic === undefined) !== (t.sense === undefined), 'needs a topic or a sense, not both'), ['topic']),
);

/** The schema of lexicon.json. */
export const LexiconSchema = v.strictObject({
  $comment: Comment,
  version: v.literal(1),
  terms: v.array(Term),
  negative: v.array(Negative),
});

/** The file as the schema describes it. */
export type LexiconData = v.InferOutput<typeof LexiconSchema>;
type _Reads = Assignable<LexiconData, Lexicon>;
type _Kinds = Assignable<TermKind, (typeof KINDS)[number]>;

function check(lex: LexiconData): Problem[] {
  const problems: Problem[] = [];
  const names = new Set<string>();
  const spellings = new Map<string, string>();
  const all = [...lex.terms.map((t) => ({ t, noun: 'term' })), ...lex.negative.map((t) => ({ t, noun: 'negative term' }))];
  for (const { t, noun } of all) {
    const entry = `${noun} "${t.name}"`;
    if (names.has(t.name)) problems.push({ file: FILE, entry, field: 'name', message: 'duplicate term name' });
    names.add(t.name);
    if (t.variants.length + (t.exact?.length ?? 0) === 0) problems.push({ file: FILE, entry, field: 'variants', message: 'needs at least one spelling' });
    for (const [field, list] of [['variants', t.variants], ['exact', t.exact ?? []]] as const) {
      for (const s of list) {
        const prior = spellings.get(variantKey(s));
        if (prior !== undefined) problems.push({ file: FILE, entry, field, message: `"${s}" is the same spelling as ${prior}` });
        else spellings.set(variantKey(s), `"${s}" of ${entry}`);
      }
    }
  }
  if (problems.length > 0) return problems;
  try {
    compileLexicon(lex);
  } catch (err) {
    problems.push({ file: FILE, entry: null, field: null, message: `does not compile: ${(err as Error).message}` });
  }
  return problems;
}

const TERM_ORDER = ['name', 'kind', 'topic', 'sense', 'weight', 'core', 'note', 'exact', 'variants'];

/**
 * Canonical form. Terms keep their order (a reviewed grouping by theme; and two names that fold
 * to one prior feature in src/corpus/term-weights.ts let the later one win). Spellings are sorted:
 * the matcher tries them longest first, and no two may match the same text (see check).
 */
function canonical(lex: LexiconData): LexiconData {
  const term = <T extends LexiconData['terms'][number] | LexiconData['negative'][number]>(t: T): T =>
    ordered({ ...t, exact: t.exact && sortedSet(t.exact), variants: sortedSet(t.variants) }, TERM_ORDER);
  return ordered({ ...lex, terms: lex.terms.map(term), negative: lex.negative.map(term) }, ['$comment', 'version', 'terms', 'negative']);
}

/** lexicon.json: schema, checks, canonical form. */
export const TOPIC_LEXICON: DataFileSpec<LexiconData> = {
  path: FILE,
  schema: LexiconSchema,
  nouns: { terms: 'term', negative: 'negative term' },
  check,
  canonical,
};
