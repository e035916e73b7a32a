/**
 * src/figures/sources.json: who gives a figure, read by src/figures/vocabulary.ts. Beyond shape:
 * source names are unique (counterOf finds a source by name), counters are kebab-case group ids,
 * every `re:` cue compiles, and no cue belongs to two sources.
 */
import * as v from 'valibot';
import type { SourcesFile } from '../../figures/vocabulary';
import { claimedTwice, Comment, CueList, ordered, Text } from './common';
import type { Assignable, DataFileSpec } from './data-file';
import type { Problem } from './problems';

const FILE = 'src/figures/sources.json';

const Source = v.strictObject({
  name: Text,
  counter: v.pipe(v.string(), v.regex(/^[a-z]+(?:-[a-z]+)*$/, 'expected a kebab-case counter id (gaza-authorities)')),
  cues: v.pipe(CueList, v.minLength(1, 'needs at least one cue')),
});

/** The schema of sources.json. */
export const SourcesSchema = v.strictObject({ $comment: Comment, sources: v.array(Source), unverified: CueList });

/** The file as the schema describes it. */
export type SourcesData = v.InferOutput<typeof SourcesSchema>;
type _Reads = Assignable<SourcesData, SourcesFile>;

function check(s: SourcesData): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const src of s.sources) {
    if (seen.has(src.name)) problems.push({ file: FILE, entry: `source "${src.name}"`, field: 'name', message: 'duplicate source name' });
    seen.add(src.name);
  }
  return [...problems, ...claimedTwice(FILE, 'cues', s.sources.map((src) => ({ entry: `source "${src.name}"`, values: src.cues })))];
}

/**
 * Canonical form. Everything keeps its order: the sources (equal cues found at one place are
 * kept in source order) and every cue list (one alternation: the first cue that matches wins).
 */
function canonical(s: SourcesData): SourcesData {
  const sources = s.sources.map((src) => ordered(src, ['name', 'counter', 'cues']));
  return ordered({ ...s, sources }, ['$comment', 'sources', 'unverified']);
}

/** sources.json: schema, checks, canonical form. */
export const SOURCES: DataFileSpec<SourcesData> = {
  path: FILE,
  schema: SourcesSchema,
  nouns: { sources: 'source', unverified: 'unverified cue' },
  check,
  canonical,
};
