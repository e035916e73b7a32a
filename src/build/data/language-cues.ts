/**
 * src/figures/cues/<lang>.json: a language's figure cues, read by src/figures/language-cues.ts. One
 * spec per language, all with one schema. Beyond shape: the file's `lang` is the one its name
 * says; every entity, event, scope and place key is one measures.json knows, every source a
 * canonical name of sources.json and every qualifier one the comparison reasons about, so a cue
 * can only lead to the vocabulary English pages use; no spelling (as folded for matching) is
 * listed twice within a kind; and the file compiles.
 */
import * as v from 'valibot';
import { compileCues, CUE_KINDS, foldCue, type LanguageCuesFile } from '../../figures/language-cues';
import { LANGUAGES, type Lang } from '../../language/languages';
import { ordered, sortedRecord, sortedSet, StringSet, Text } from './common';
import type { Assignable, DataContext, DataFileSpec } from './data-file';
import type { Problem } from './problems';

/** The languages with a cue file: every language the engine reads but English, which has measures.json. */
export const CUE_LANGUAGES = LANGUAGES.filter((l): l is Exclude<Lang, 'en'> => l !== 'en');
const fileOf = (lang: Lang): string => `src/figures/cues/${lang}.json`;
const MEASURES_FILE = 'src/figures/measures.json';
const SOURCES_FILE = 'src/figures/sources.json';
/** The qualifiers of src/figures/qualifiers.ts, which src/reference/check.ts reads as bounds. */
const QUALIFIERS = ['at least', 'more than', 'about', 'nearly', 'up to', 'less than'] as const;

const Spellings = v.pipe(StringSet, v.minLength(1, 'needs at least one spelling'), v.checkItems((c) => !/[()[\]{}|\\^$?+]/.test(c), 'no regular-expression characters: "*" ends a stem, "#" stands for a number'));
const Group = v.record(Text, Spellings);

/** The schema of a language's cue file. */
export const LanguageCuesSchema = v.strictObject({
  $comment: v.pipe(Text, v.minLength(80, 'say where the wordings come from')),
  lang: v.picklist(LANGUAGES),
  prefixes: v.pipe(StringSet, v.checkItems((p) => [...p].length <= 3, 'a clitic is at most three letters')),
  entities: Group,
  events: Group,
  scopes: Group,
  sources: Group,
  qualifiers: v.record(v.picklist(QUALIFIERS), Spellings),
  places: Group,
  links: StringSet,
  partitives: StringSet,
  agents: StringSet,
  durations: StringSet,
  rises: StringSet,
});

/** The file as the schema describes it. */
export type LanguageCuesData = v.InferOutput<typeof LanguageCuesSchema>;
type _Reads = Assignable<LanguageCuesData, LanguageCuesFile>;

interface MeasuresShape { entities: Record<string, unknown>; events: Record<string, unknown>; scopes: { key: string }[]; places: Record<string, unknown> }
interface SourcesShape { sources: { name: string }[] }

function check(lang: Lang) {
  const file = fileOf(lang);
  return (data: LanguageCuesData, ctx: DataContext): Problem[] => {
    const problems: Problem[] = [];
    if (data.lang !== lang) problems.push({ file, entry: null, field: 'lang', message: `is "${data.lang}" in the file for "${lang}"` });
    const measures = ctx.parsed.get(MEASURES_FILE) as MeasuresShape | undefined;
    const sources = ctx.parsed.get(SOURCES_FILE) as SourcesShape | undefined;
    const known: Partial<Record<(typeof CUE_KINDS)[number], Set<string>>> = {};
    if (measures) {
      known.entities = new Set(Object.keys(measures.entities).filter((k) => !k.startsWith('$')));
      known.events = new Set(Object.keys(measures.events).filter((k) => !k.startsWith('$')));
      known.scopes = new Set(measures.scopes.map((s) => s.key));
      known.places = new Set(Object.keys(measures.places).filter((k) => !k.startsWith('$')));
    }
    if (sources) known.sources = new Set(sources.sources.map((s) => s.name));
    for (const kind of CUE_KINDS) {
      const seen = new Map<string, string>();
      for (const [key, cues] of Object.entries(data[kind] as Record<string, string[]>)) {
        const set = known[kind];
        if (set && !set.has(key)) problems.push({ file, entry: `${kind} "${key}"`, field: kind, message: `unknown key "${key}" (not in ${kind === 'sources' ? SOURCES_FILE : MEASURES_FILE})` });
        for (const c of cues) {
          const folded = foldCue(c);
          const prior = seen.get(folded);
          if (prior !== undefined && prior !== key) problems.push({ file, entry: `${kind} "${key}"`, field: kind, message: `"${c}" is also a spelling of "${prior}"` });
          else if (prior !== undefined) problems.push({ file, entry: `${kind} "${key}"`, field: kind, message: `"${c}" is listed twice (as folded)` });
          seen.set(folded, key);
        }
      }
    }
    if (problems.length > 0) return problems;
    try {
      compileCues(data as LanguageCuesFile);
    } catch (err) {
      problems.push({ file, entry: null, field: null, message: `does not compile: ${(err as Error).message}` });
    }
    return problems;
  };
}

const sortGroup = (g: Record<string, string[]>): Record<string, string[]> => sortedRecord(Object.fromEntries(Object.entries(g).map(([k, cues]) => [k, sortedSet(cues)])));

/** Canonical form: keys in the declared order, groups by key, spellings sorted (the matcher tries them longest first whatever their order). */
function canonical(data: LanguageCuesData): LanguageCuesData {
  return ordered({
    ...data,
    prefixes: sortedSet(data.prefixes),
    entities: sortGroup(data.entities),
    events: sortGroup(data.events),
    scopes: sortGroup(data.scopes),
    sources: sortGroup(data.sources),
    qualifiers: sortGroup(data.qualifiers) as LanguageCuesData['qualifiers'],
    places: sortGroup(data.places),
    links: sortedSet(data.links),
    partitives: sortedSet(data.partitives),
    agents: sortedSet(data.agents),
    durations: sortedSet(data.durations),
    rises: sortedSet(data.rises),
  }, ['$comment', 'lang', 'prefixes', 'entities', 'events', 'scopes', 'sources', 'qualifiers', 'places', 'links', 'partitives', 'agents', 'durations', 'rises']);
}

/** The cue files, one spec per language. */
export const LANGUAGE_CUES: DataFileSpec<LanguageCuesData>[] = CUE_LANGUAGES.map((lang) => ({
  path: fileOf(lang),
  schema: LanguageCuesSchema,
  nouns: {},
  check: check(lang),
  canonical,
}));
