/**
 * src/corpus/names.json: names across scripts and spellings, read by src/corpus/names.ts. Beyond
 * shape: each spelling is written in its language's script and reads as at least one word; no
 * name is listed twice; a name is one of its own English spellings (so the English name itself
 * folds to its id); no spelling belongs to two names, nor is listed twice in one language (as the
 * scanner compares them: case, accents, hyphens and the Arabic article ignored); and the aliases
 * of lexicon-data.json that name a spelling here fold it to the same name (normalize.ts reads
 * both).
 */
import * as v from 'valibot';
import { nameId, nameTokens, foldForNames, spellingKey, isCasedSpelling, type NamesTable } from '../../corpus/names';
import { Text, StringSet, ordered, sortedSet } from './common';
import type { Assignable, DataContext, DataFileSpec } from './data-file';
import type { LexiconDataData } from './lexicon-data';
import type { Problem } from './problems';

const FILE = 'src/corpus/names.json';
const LEXICON_DATA_FILE = 'src/corpus/lexicon-data.json';

/** The spelling languages, in the file's order. */
export const NAME_LANGS = ['en', 'fr', 'es', 'de', 'ar', 'he'] as const;

const LATIN = /^[\p{Script=Latin}\p{N}\s'’.\-]+$/u;
const ARABIC = /^[\p{Script=Arabic}\p{N}\s]+$/u;
const HEBREW = /^[\p{Script=Hebrew}\p{N}\s'"׳״\-־]+$/u;

const SpellingsIn = (script: RegExp, name: string) =>
  v.pipe(StringSet, v.minLength(1, 'list at least one spelling, or leave the language out'), v.checkItems((s) => script.test(s), `must be written in the ${name} script`));
const Latin = SpellingsIn(LATIN, 'Latin');

const Clitics = (script: RegExp, name: string) =>
  v.pipe(StringSet, v.checkItems((c) => script.test(c) && [...c].length <= 3, `a clitic is one to three letters of the ${name} script`));

const Entry = v.strictObject({
  name: Text,
  kind: v.picklist(['place', 'body', 'person', 'country']),
  note: v.optional(Text),
  spellings: v.strictObject({
    en: Latin,
    fr: v.optional(Latin),
    es: v.optional(Latin),
    de: v.optional(Latin),
    ar: v.optional(SpellingsIn(ARABIC, 'Arabic')),
    he: v.optional(SpellingsIn(HEBREW, 'Hebrew')),
  }),
});

/** The schema of names.json. */
export const NamesSchema = v.strictObject({
  $comment: v.pipe(Text, v.minLength(80, 'say where the spellings come from')),
  version: v.literal(1),
  clitics: v.strictObject({ ar: Clitics(/^\p{Script=Arabic}+$/u, 'Arabic'), he: Clitics(/^\p{Script=Hebrew}+$/u, 'Hebrew') }),
  elisions: v.pipe(StringSet, v.checkItems((e) => /^\p{Ll}+'$/u.test(e), "an elision is lower-case letters and an apostrophe (l')")),
  names: v.array(Entry),
});

/** The file as the schema describes it. */
export type NamesData = v.InferOutput<typeof NamesSchema>;
type _Reads = Assignable<NamesData, NamesTable>;

/** How the scanner tells spellings apart: a cased spelling ("UN") is not the word "un". */
const compared = (s: string): string => `${isCasedSpelling(s) ? '=' : ''}${spellingKey(s)}`;

function check(d: NamesData, ctx: DataContext): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  for (const e of d.names) {
    const entry = `name "${e.name}"`;
    const id = nameId(e.name);
    if (ids.has(id)) problems.push({ file: FILE, entry, field: 'name', message: 'listed twice' });
    ids.add(id);
    if (!e.spellings.en.some((s) => spellingKey(s) === spellingKey(e.name))) problems.push({ file: FILE, entry, field: 'spellings.en', message: 'must include the name itself' });
    const own = new Set<string>();
    for (const lang of NAME_LANGS) {
      const inLang = new Set<string>();
      for (const s of e.spellings[lang] ?? []) {
        const key = compared(s);
        const field = `spellings.${lang}`;
        if (nameTokens(foldForNames(s)).length === 0) problems.push({ file: FILE, entry, field, message: `"${s}" has no word` });
        if (inLang.has(key)) problems.push({ file: FILE, entry, field, message: `"${s}" is listed twice (as the scanner compares spellings)` });
        inLang.add(key);
        own.add(key);
        const prior = owner.get(key);
        if (prior !== undefined && prior !== e.name) problems.push({ file: FILE, entry, field, message: `"${s}" is also a spelling of "${prior}"` });
      }
    }
    for (const key of own) if (!owner.has(key)) owner.set(key, e.name);
  }
  const lexiconData = ctx.parsed.get(LEXICON_DATA_FILE) as LexiconDataData | undefined;
  for (const [from, to] of Object.entries(lexiconData?.aliases ?? {})) {
    const name = owner.get(spellingKey(from)) ?? owner.get(`=${spellingKey(from.toUpperCase())}`);
    if (name !== undefined && nameId(name) !== to) {
      problems.push({ file: FILE, entry: `name "${name}"`, field: 'name', message: `${LEXICON_DATA_FILE} folds its spelling "${from}" to "${to}": name it so, or change the alias` });
    }
  }
  return problems;
}

/** Canonical form: names in their reviewed order (grouped by kind), spellings per language sorted, languages in {@link NAME_LANGS} order. */
function canonical(d: NamesData): NamesData {
  const names = d.names.map((e) => {
    const spellings = Object.fromEntries(NAME_LANGS.filter((l) => e.spellings[l] !== undefined).map((l) => [l, sortedSet(e.spellings[l] ?? [])])) as NamesData['names'][number]['spellings'];
    return ordered({ ...e, spellings }, ['name', 'kind', 'note', 'spellings']);
  });
  return ordered({ ...d, clitics: { ar: sortedSet(d.clitics.ar), he: sortedSet(d.clitics.he) }, elisions: sortedSet(d.elisions), names }, ['$comment', 'version', 'clitics', 'elisions', 'names']);
}

/** names.json: schema, checks, canonical form. */
export const NAMES_FILE: DataFileSpec<NamesData> = {
  path: FILE,
  schema: NamesSchema,
  nouns: { names: 'name' },
  check,
  canonical,
};
