/**
 * src/topic/lexicons/<lang>.json: a language's topic lexicon, read by src/topic/language-lexicons.ts
 * together with the English one. The English file's schema for the terms, plus the language and
 * its clitics. Beyond shape: the file's `lang` is the one its name says; a spelling is not listed
 * twice, nor given to a term of another name by the English file (the matcher keys spellings
 * case- and accent-blind, so the second would silently take the first's place); and the lexicon
 * as merged with the English one compiles.
 */
import * as v from 'valibot';
import { compileLexicon, mergeLexicon, variantKey, type LanguageLexicon, type Lexicon } from '../../topic/lexicon';
import { LANGUAGES, type Lang } from '../../language/languages';
import { StringSet, Text } from './common';
import type { Assignable, DataContext, DataFileSpec } from './data-file';
import type { Problem } from './problems';
import { LexiconSchema, TOPIC_LEXICON } from './topic-lexicon';
import { CUE_LANGUAGES } from './language-cues';

const fileOf = (lang: Lang): string => `src/topic/lexicons/${lang}.json`;

/** The schema of a language's lexicon. */
export const LanguageLexiconSchema = v.strictObject({
  ...LexiconSchema.entries,
  $comment: v.pipe(Text, v.minLength(80, 'say where the spellings come from')),
  lang: v.picklist(LANGUAGES),
  prefixes: v.pipe(StringSet, v.checkItems((p) => [...p].length <= 3, 'a clitic is at most three letters')),
});

/** The file as the schema describes it. */
export type LanguageLexiconData = v.InferOutput<typeof LanguageLexiconSchema>;
type _Reads = Assignable<LanguageLexiconData, LanguageLexicon>;

function check(lang: Lang) {
  const file = fileOf(lang);
  return (lex: LanguageLexiconData, ctx: DataContext): Problem[] => {
    const problems: Problem[] = [];
    if (lex.lang !== lang) problems.push({ file, entry: null, field: 'lang', message: `is "${lex.lang}" in the file for "${lang}"` });
    const english = ctx.parsed.get(TOPIC_LEXICON.path) as Lexicon | undefined;
    const owner = new Map<string, string>();
    if (english) for (const t of [...english.terms, ...english.negative]) for (const s of [...t.variants, ...(t.exact ?? [])]) owner.set(variantKey(s), `"${t.name}" of ${TOPIC_LEXICON.path}`);
    for (const t of [...lex.terms, ...lex.negative]) {
      const entry = `term "${t.name}"`;
      if (t.variants.length + (t.exact?.length ?? 0) === 0) problems.push({ file, entry, field: 'variants', message: 'needs at least one spelling' });
      for (const s of [...t.variants, ...(t.exact ?? [])]) {
        const prior = owner.get(variantKey(s));
        if (prior !== undefined) problems.push({ file, entry, field: 'variants', message: `"${s}" is already a spelling of ${prior}` });
        else owner.set(variantKey(s), `"${t.name}"`);
      }
    }
    if (problems.length > 0 || !english) return problems;
    try {
      compileLexicon(mergeLexicon(english, lex), { prefixes: lex.prefixes });
    } catch (err) {
      problems.push({ file, entry: null, field: null, message: `does not compile with the English lexicon: ${(err as Error).message}` });
    }
    return problems;
  };
}

/** Canonical form: the English file's (terms in their reviewed order, spellings sorted), the language first. */
function canonical(lex: LanguageLexiconData): LanguageLexiconData {
  const { lang, prefixes, ...rest } = lex;
  const base = TOPIC_LEXICON.canonical(rest);
  return { $comment: lex.$comment, version: base.version, lang, prefixes: [...prefixes].sort(), terms: base.terms, negative: base.negative };
}

/** The lexicon files, one spec per language. */
export const LANGUAGE_LEXICONS: DataFileSpec<LanguageLexiconData>[] = CUE_LANGUAGES.map((lang) => ({
  path: fileOf(lang),
  schema: LanguageLexiconSchema,
  nouns: { terms: 'term', negative: 'negative term' },
  check: check(lang),
  canonical,
}));
